/** Typography and house style: the same wire sentence printed by two outlets must read the same. */
import { describe, expect, it } from 'vitest';
import { normaliseHouseStyle, normaliseTypography } from '../../src/core/text/normalise';

describe('normaliseTypography', () => {
  it('straightens curly double and single quotes', () => {
    expect(normaliseTypography('\u201CWe will rebuild,\u201D she said of the town\u2019s \u2018old\u2019 market.')).toBe(
      '"We will rebuild," she said of the town\'s \'old\' market.',
    );
  });

  it('turns guillemets and low-9 quotes into straight double quotes', () => {
    expect(normaliseTypography('\u00ABNon\u00BB and \u201Eja\u201C')).toBe('"Non" and "ja"');
  });

  it('reads doubled single marks as a double quote', () => {
    expect(normaliseTypography("''We are ready,'' he said.")).toBe('"We are ready," he said.');
    expect(normaliseTypography('\u2018\u2018We are ready,\u2019\u2019 he said.')).toBe('"We are ready," he said.');
    expect(normaliseTypography('``We are ready,`` he said.')).toBe('"We are ready," he said.');
  });

  it('treats plain ASCII text as the full path does: a lone backtick is an apostrophe, spaces collapse', () => {
    expect(normaliseTypography('  He said `no`  and  left. ')).toBe("He said 'no' and left.");
    expect(normaliseTypography('a\tb')).toBe('a b');
  });

  it('turns en, em and minus dashes into hyphens', () => {
    expect(normaliseTypography('HELSINKI (AP) \u2014 Prices rose 2\u20133% \u2212 or less')).toBe('HELSINKI (AP) - Prices rose 2-3% - or less');
  });

  it('expands the ellipsis character', () => {
    expect(normaliseTypography('We will\u2026 rebuild')).toBe('We will... rebuild');
  });

  it('turns non-breaking and thin spaces into one plain space', () => {
    expect(normaliseTypography('4,500\u00A0troops\u202Fand\u2009\u00A0 tanks')).toBe('4,500 troops and tanks');
  });

  it('drops zero-width joiners, marks and control characters inside words', () => {
    expect(normaliseTypography('Ken\u200Cya Ken\u200Dya Ken\u2060ya Ken\u200Eya Ken\u0007ya')).toBe('Kenya Kenya Kenya Kenya Kenya');
  });

  it('drops zero-width spaces, byte-order marks and soft hyphens inside words (invisible to the reader)', () => {
    expect(normaliseTypography('\uFEFFKen\u200Bya sent aid to Tan\uFEFFzania')).toBe('Kenya sent aid to Tanzania');
    expect(normaliseTypography('evac\u00ADuated')).toBe('evacuated');
  });

  it('collapses runs of spaces and tabs and trims', () => {
    expect(normaliseTypography('  the \t river   rose  ')).toBe('the river rose');
  });

  it('applies NFKC (ligatures, full-width digits)', () => {
    expect(normaliseTypography('\uFB01eld \uFF14\uFF15')).toBe('field 45');
  });
});

describe('normaliseHouseStyle', () => {
  it('folds dotted country abbreviations', () => {
    expect(normaliseHouseStyle('The U.S. and U.K. asked the U.N. and E.U. to act.')).toBe('The US and UK asked the UN and EU to act.');
    expect(normaliseHouseStyle('U.S.A. and U. S. troops')).toBe('US and US troops');
  });

  it('drops thousands separators', () => {
    expect(normaliseHouseStyle('4,500 families and 1,250,000 dollars')).toBe('4500 families and 1250000 dollars');
  });

  it('keeps decimals, lists and numbers without separators as they are', () => {
    expect(normaliseHouseStyle('3.5 percent, 12, 40 and 2018')).toBe('3.5 percent, 12, 40 and 2018');
  });
});
