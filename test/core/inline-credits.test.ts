/** Agency credits inside a sentence go, and the sentence keeps natural punctuation. */
import { describe, expect, it } from 'vitest';
import { stripInlineCredits } from '../../src/core/text/inline-credits';

describe('stripInlineCredits', () => {
  it('cuts "as quoted by" and "(AFP)" credits but keeps "told Reuters"', () => {
    expect(stripInlineCredits('Aid was coming, the minister said as quoted by AFP.')).toBe('Aid was coming, the minister said.');
    expect(stripInlineCredits('The toll rose to 17, reported by the Associated Press news agency.')).toBe('The toll rose to 17.');
    expect(stripInlineCredits('The toll rose (AFP) to 17.')).toBe('The toll rose to 17.');
    expect(stripInlineCredits('The minister told Reuters that aid was coming.')).toBe('The minister told Reuters that aid was coming.');
    expect(stripInlineCredits('Oil settled .85 cent lower (Reuters) .')).toBe('Oil settled .85 cent lower.');
  });

  it('cuts "according to" an agency only where the credit ends at a mark', () => {
    expect(stripInlineCredits('The toll rose to 17, according to Reuters.')).toBe('The toll rose to 17.');
    expect(stripInlineCredits('The toll rose to 17 according to the AP.')).toBe('The toll rose to 17.');
    expect(stripInlineCredits('Output fell 5% according to Reuters calculations.')).toBe('Output fell 5% according to Reuters calculations.');
    expect(stripInlineCredits('The deal was signed as reported by Apple.')).toBe('The deal was signed as reported by Apple.');
  });

  it('leaves no comma before the full stop or another mark', () => {
    expect(stripInlineCredits('Kiprono said on Monday, according to AFP.')).toBe('Kiprono said on Monday.');
    expect(stripInlineCredits('Kiprono said on Monday, (AFP).')).toBe('Kiprono said on Monday.');
    expect(stripInlineCredits('Kiprono said on Monday , as quoted by AFP ; aid followed.')).toBe('Kiprono said on Monday; aid followed.');
  });

  it('takes both commas of a credit set off by commas', () => {
    expect(stripInlineCredits('The minister said, as quoted by AFP, that aid was coming.')).toBe('The minister said that aid was coming.');
    expect(stripInlineCredits('Rescuers, according to Reuters, found 17 bodies.')).toBe('Rescuers found 17 bodies.');
    expect(stripInlineCredits('The minister said , according to AFP , that aid was coming.')).toBe('The minister said that aid was coming.');
    expect(stripInlineCredits('The toll (as reported by AFP) rose to 17.')).toBe('The toll rose to 17.');
  });

  it('keeps one comma before a word that opens a clause or phrase, or a quotation', () => {
    expect(stripInlineCredits('Aid is coming, the minister said, as quoted by AFP, adding that more would follow.')).toBe(
      'Aid is coming, the minister said, adding that more would follow.',
    );
    expect(stripInlineCredits('The toll rose to 17, according to AFP, and rescuers kept digging.')).toBe('The toll rose to 17, and rescuers kept digging.');
    expect(stripInlineCredits('The minister said, according to AFP, "Aid is coming."')).toBe('The minister said, "Aid is coming."');
    expect(stripInlineCredits('"Aid is coming, as quoted by AFP," the minister said.')).toBe('"Aid is coming," the minister said.');
  });

  it('lets the next word open the sentence when the credit did', () => {
    expect(stripInlineCredits('According to AFP, the toll rose to 17.')).toBe('The toll rose to 17.');
    expect(stripInlineCredits('Rain fell. As reported by Reuters, the river rose. It burst.')).toBe('Rain fell. The river rose. It burst.');
  });

  it('cuts every credit in a paragraph', () => {
    expect(stripInlineCredits('The toll rose (AFP), officials said, according to AFP. Aid, as quoted by AFP, came (AFP).')).toBe(
      'The toll rose, officials said. Aid came.',
    );
  });
});
