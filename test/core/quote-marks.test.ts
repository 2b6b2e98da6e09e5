/** Quotes compared across editorial marks: an ellipsis or square brackets on either side stand for any words. */
import { describe, expect, it } from 'vitest';
import { keptAroundMarks } from '../../src/core/quote-marks';
import { quoteParts } from '../../src/core/text/quote-words';

const same = (a: string, b: string) => a === b;
const kept = (source: string, page: string) => keptAroundMarks(quoteParts(source), quoteParts(page), same);

const QUALCOMM = 'Qualcomm has enjoyed many years of selling...against little or no competition';
const XIMIAN =
  'Ximian brings Novell unparalleled expertise, strengthening our ability to work with [our] customers and leverage open source initiatives more constructively';

describe('keptAroundMarks', () => {
  it('lets an ellipsis in the source stand for the words the page prints there', () => {
    expect(kept(QUALCOMM, 'Qualcomm has enjoyed many years of selling CDMA chips against little or no competition')).toBe(true);
    expect(kept('...against little or no competition', 'selling CDMA chips against little or no competition')).toBe(true);
  });

  it('lets an ellipsis in the page stand for the words it left out, and the page quote part of the source', () => {
    expect(kept('No Kenyan will be left to face this disaster alone', 'No Kenyan will be left . . . alone')).toBe(true);
    expect(kept('No Kenyan will be left to face this disaster alone', 'will be left\u2026')).toBe(true);
    expect(kept('No Kenyan will be left to face this disaster alone', 'will be left ... [to] face this')).toBe(true);
    expect(kept('No Kenyan will be left to face this disaster alone', '[...] left to face this disaster')).toBe(true);
  });

  it("lets bracketed words on either side stand for the editor's words", () => {
    expect(kept('If it will help establish [his] innocence, we welcome it', "If it will help establish Steve's innocence, we welcome it")).toBe(true);
    expect(kept('If it will help establish his innocence, we welcome it', 'If it will help establish [Steve Hatfill’s] innocence, we welcome it')).toBe(true);
    expect(kept(XIMIAN, 'Ximian brings Novell unparalleled expertise . . . [and strengthens] our ability to work with customers and leverage open source')).toBe(true);
  });

  it('still requires the words outside marks to match, in order', () => {
    // "Linux" is the page's word outside brackets, and "customers" is cut without an ellipsis.
    const ximianPage = 'Ximian brings Novell unparalleled Linux expertise . . . [and strengthens] our ability to work with and leverage open source initiatives more constructively';
    expect(kept(XIMIAN, ximianPage)).toBe(false);
    expect(kept('No Kenyan will be left to face this disaster alone', 'No Kenyan will be left alone ... to face')).toBe(false);
  });

  it('flags a change an ellipsis does not cover, before or after it', () => {
    expect(kept(QUALCOMM, 'Qualcomm has enjoyed few years of selling CDMA chips against little or no competition')).toBe(false);
    expect(kept(QUALCOMM, 'Qualcomm has enjoyed many years of selling CDMA chips against some competition')).toBe(false);
    // A page quote that skips the source's opening words must begin on a source word, not inside its ellipsis.
    expect(kept(QUALCOMM, 'Rivals said Qualcomm sold CDMA chips against little or no competition')).toBe(false);
    expect(kept('We will not give up ... on anyone who needs us', 'We will give up on anyone who needs us')).toBe(false);
  });

  it('does not let a page quote both skip source words and fill a source mark with words', () => {
    const uranium = 'The federal government could be seriously injured if the... import ban were implemented';
    // Read as starting on the source's second "the", the page's changed opening would fill the ellipsis.
    expect(kept(uranium, 'The government could be seriously injured if the... import ban were implemented')).toBe(false);
    expect(kept(uranium, 'could be seriously injured if the... import ban')).toBe(true);
    const machines = 'We are fully prepared to roll out the [touch-screen] machines for the primary';
    expect(kept(machines, 'We are fully prepared to roll out the revised machines for the primary')).toBe(true);
    expect(kept(machines, 'We are fully prepared to roll out the revised machines')).toBe(false);
  });

  it('declares nothing kept on fewer than three matched words: marks alone match anything', () => {
    expect(kept('...', 'We will never surrender')).toBe(false);
    expect(kept('We ... win', 'We will never win')).toBe(false);
    expect(kept('[The minister] ... [would] ... [act]', 'The minister would never act')).toBe(false);
    expect(kept('We will never surrender', 'We ... [surrender]')).toBe(false);
    expect(kept('We will never surrender', 'We will ... [surrender]')).toBe(false);
    expect(kept('We will never surrender', 'We will never ... [surrender]')).toBe(true);
  });

  it('matches a quote cut by many ellipses in one pass, and finds a change among them', () => {
    const words = Array.from({ length: 120 }, (_, i) => `w${i}`);
    const source = words.join(' ... ');
    expect(kept(source, words.join(' filler '))).toBe(true);
    expect(kept(source, words.map((w, i) => (i === 60 ? 'changed' : w)).join(' filler '))).toBe(false);
    expect(kept(source, [...words.slice(0, 60), 'w61', 'w60', ...words.slice(62)].join(' '))).toBe(false);
    const adversarial = 'a ... '.repeat(150) + 'b';
    expect(kept(adversarial, 'a '.repeat(200) + 'c')).toBe(false);
    expect(kept(adversarial, 'a '.repeat(200) + 'b')).toBe(true);
  });

  it('leaves quotes too long to compare cell by cell to the other checks', () => {
    const long = Array.from({ length: 600 }, (_, i) => `w${i}`).join(' ');
    expect(kept(`${long} ...`, long)).toBe(false);
  });
});
