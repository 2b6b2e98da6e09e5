/** What a number measures: numbers of different kinds are never one figure changed; a conversion is no change. */
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../src/core/text/tokens';
import { measureAlike, sameAmountConverted, sameAmountRounded } from '../../src/core/text/units';

function number(text: string): Token {
  const token = tokenize(text).find((t) => t.kind === 'number');
  if (!token) throw new Error(`no number in ${text}`);
  return token;
}

describe('measureAlike', () => {
  it('pairs numbers of one unit or noun, or with nothing said', () => {
    expect(measureAlike(number('4,500 troops'), number('450 troops'))).toBe(true);
    expect(measureAlike(number('4,500 troops'), number('450 soldiers'))).toBe(true);
    expect(measureAlike(number('3 km'), number('two miles'))).toBe(true);
    expect(measureAlike(number('$4.75'), number('4.73 dollars'))).toBe(true);
    expect(measureAlike(number('aged 30 when'), number('aged 32,'))).toBe(true);
  });

  it('keeps apart a year and an amount, a month and a count', () => {
    expect(measureAlike(number('five years earlier'), number('that of 2002:'))).toBe(false);
    expect(measureAlike(number('Maddox, 87, said'), number('since 1983, he'))).toBe(false);
    expect(measureAlike(number('the 9 hijackers'), number('Sept. 11'))).toBe(false);
  });

  it('keeps apart different units and different counted nouns', () => {
    expect(measureAlike(number('£169.99'), number('$273'))).toBe(false);
    expect(measureAlike(number('1.3172 francs'), number('0.7 percent'))).toBe(false);
    expect(measureAlike(number('only six have been'), number('only 1.5 per cent have'))).toBe(false);
    expect(measureAlike(number('a three-term congressman'), number('88,747 votes'))).toBe(false);
  });
});

describe('sameAmountConverted', () => {
  it('accepts a converted and rounded figure', () => {
    expect(sameAmountConverted(number('3 km'), number('two miles'))).toBe(true);
    expect(sameAmountConverted(number('90 miles'), number('150 kilometres'))).toBe(true);
    expect(sameAmountConverted(number('220 pounds'), number('100 kg'))).toBe(true);
    expect(sameAmountConverted(number('4.6 billion kilometres'), number('2.8 billion miles'))).toBe(true);
    expect(sameAmountConverted(number('87 cents'), number('$0.87'))).toBe(true);
    expect(sameAmountConverted(number('two weeks'), number('14 days'))).toBe(true);
  });

  it('rejects a conversion that does not hold, and figures in one unit that differ', () => {
    expect(sameAmountConverted(number('30 km'), number('30 miles'))).toBe(false);
    expect(sameAmountConverted(number('two kilometres'), number('1 km'))).toBe(false);
    expect(sameAmountConverted(number('$114.3 million'), number('$114 million'))).toBe(false);
    expect(sameAmountConverted(number('137 cents'), number('$1.42'))).toBe(false);
    expect(sameAmountConverted(number('£90,000'), number('$165,000'))).toBe(false);
  });
});

describe('sameAmountRounded', () => {
  it("takes the page's figure rounded or cut from the wire's as the same figure", () => {
    expect(sameAmountRounded(number('$6.32 billion'), number('$6.3 billion'))).toBe(true);
    expect(sameAmountRounded(number('$114.3 million'), number('$114 million'))).toBe(true);
    expect(sameAmountRounded(number('rose 1.23 percent'), number('rose 1.2 percent'))).toBe(true);
    expect(sameAmountRounded(number('at 1,121.96'), number('at 1,121'))).toBe(true);
    expect(sameAmountRounded(number('4,480 troops'), number('4,500 troops'))).toBe(true);
  });

  it('keeps a different figure, a figure left with one significant digit, and a page more precise than its wire', () => {
    expect(sameAmountRounded(number('4,500 troops'), number('450 troops'))).toBe(false);
    expect(sameAmountRounded(number('$6.32 billion'), number('$6.4 billion'))).toBe(false);
    expect(sameAmountRounded(number('1.4 million'), number('1 million'))).toBe(false);
    expect(sameAmountRounded(number('$6.3 billion'), number('$6.32 billion'))).toBe(false);
    expect(sameAmountRounded(number('in 1987'), number('in 1990'))).toBe(false);
    expect(sameAmountRounded(number('17.3 percent'), number('17 troops'))).toBe(false);
  });
});
