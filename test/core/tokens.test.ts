/** Tokens as evidence: numbers with scale, percent, months, negation, names, synonyms, spelling, quotation flags. */
import { describe, expect, it } from 'vitest';
import { normaliseHouseStyle } from '../../src/core/text/normalise';
import { tokenize, wordKey, type Token } from '../../src/core/text/tokens';

const tokens = (sentence: string): Token[] => tokenize(normaliseHouseStyle(sentence));
const keys = (sentence: string): string[] => tokens(sentence).map((token) => token.key);
const numbers = (sentence: string): string[] => tokens(sentence).filter((t) => t.kind === 'number').map((t) => t.key);

describe('numbers', () => {
  it('reads a number with its scale word as one value', () => {
    expect(numbers('They spent 4.5 mln dollars.')).toEqual(['#4500000']);
    expect(numbers('They spent 4.5 million dollars.')).toEqual(['#4500000']);
    expect(numbers('They spent 4,500,000 dollars.')).toEqual(['#4500000']);
    expect(numbers('They spent 2 bln dollars and 2 billion more.')).toEqual(['#2000000000', '#2000000000']);
  });

  it('keeps the same key with and without thousands separators, even without house-style folding', () => {
    expect(tokenize('4,500 troops')[0].key).toBe(tokenize('4500 troops')[0].key);
    expect(tokenize('4,500 troops')[0].raw).toBe('4,500');
  });

  it('drops the scale word so it is not a token of its own', () => {
    expect(keys('It cost 300 million shillings.')).toEqual([wordKey('cost'), '#300000000', wordKey('shillings')]);
  });

  it('reads spelled-out numbers', () => {
    expect(numbers('Two people died and three were hurt.')).toEqual(['#2', '#3']);
  });

  it('reads hyphenated spelled-out numbers as one', () => {
    expect(numbers('Thirty-two soldiers and twenty-one sailors were hurt.')).toEqual(['#32', '#21']);
    expect(tokens('Ninety-five percent of cargo').find((t) => t.kind === 'number')?.raw).toBe('Ninety-five');
  });

  it('reads fractions and bare decimals', () => {
    expect(numbers('It contains 2 1/2 servings.')).toEqual(['#2.5']);
    expect(numbers('It contains 2 \u00BD servings.'.normalize('NFKC'))).toEqual(['#2.5']);
    expect(numbers('The bond slid 1-10/32 and then 3/4.')).toEqual(['#1.3125', '#0.75']);
    expect(numbers('Oil settled .85 cent lower.')).toEqual(['#0.85']);
    expect(keys('It cost .5 million shillings.')).toEqual([wordKey('cost'), '#500000', wordKey('shillings')]);
  });

  it('reads a decimal comma, as a copy translated from a European language prints it, and keeps thousands apart', () => {
    expect(numbers('Inflation rose to 4,5 percent, then 12,75 percent.')).toEqual(numbers('Inflation rose to 4.5 percent, then 12.75 percent.'));
    expect(numbers('They counted 4,500 and 1,250,000.')).toEqual(['#4500', '#1250000']);
  });

  it('reads a scale written onto an amount of money, but not onto a bare number ("100m" is a distance)', () => {
    expect(numbers('It raised $16.5m and £300k.')).toEqual(['#16500000', '#300000']);
    expect(numbers('It raised $16.5m.')).toEqual(numbers('It raised $16.5 million.'));
    expect(numbers('He won the 100m in Rome.')).toEqual(['#100']);
  });

  it('reads a decade or a clock time as one figure, not as the numbers in it', () => {
    const decade = tokens('the highest since the 1990s, they said').find((t) => t.kind === 'number');
    expect(decade).toMatchObject({ raw: '1990s', key: '#1990s' });
    expect(numbers('since the 1990s')).not.toEqual(numbers('since 1990'));
    expect(numbers('Even into his 90s, Lacy worked')).toEqual(['#90s']);
    expect(numbers('It sold 90 cars and 1,50s')).toEqual(['#90', '#1.5']);
    expect(numbers('It starts at 10:30 on Thursday, 9:05 GMT.')).toEqual(['#10:30', '#9:05']);
    expect(numbers('The score was 3:1 after 10:305 readings.')).not.toContain('#10:30');
  });

  it('does not read dates or ratios written with a slash as fractions', () => {
    expect(numbers('the 9/11 hijackers, open 24/7')).toEqual(['#9', '#11', '#24', '#7']);
  });

  it('remembers the unit of a number: a currency sign, or the word after it and its scale', () => {
    const units = (sentence: string) => tokens(sentence).filter((t) => t.kind === 'number').map((t) => t.unit);
    expect(units('It fell to C$16.93, then $4.6 billion, 4.6 billion km, 9% and 3 km away.')).toEqual(['C$', '$', 'km', '%', 'km']);
    expect(units('a three-term congressman')).toEqual(['term']);
  });

  it('reads words that name object properties as words', () => {
    expect(keys('The Constructor said 5 constructor')).toEqual(['constructor', '#5', 'constructor']);
  });

  it('tells different numbers apart', () => {
    expect(numbers('4,500 troops')).not.toEqual(numbers('450 troops'));
  });

  it('remembers the word after a number', () => {
    expect(tokens('They sent 4,500 troops.').find((t) => t.kind === 'number')?.next).toBe('troops');
  });
});

describe('percent', () => {
  it.each(['Rates rose 5%.', 'Rates rose 5 percent.', 'Rates rose 5 pct.', 'Rates rose 5 per cent.'])('%s', (sentence) => {
    expect(keys(sentence)).toEqual(['rate', 'rise', '#5', 'percent']);
  });
});

describe('months', () => {
  it('folds abbreviated and full month names', () => {
    expect(keys('It ended on Oct. 12.')).toEqual(['end', 'month:10', '#12']);
    expect(keys('It ended on October 12.')).toEqual(['end', 'month:10', '#12']);
    expect(keys('It ended on 12 October.')).toEqual(['end', '#12', 'month:10']);
  });

  it('reads "May" as a month only next to a number', () => {
    expect(keys('It may end in May 2026.')).toEqual(['end', 'month:5', '#2026']);
    expect(keys('Officials said May was a hard month.')).not.toContain('month:5');
  });
});

describe('words', () => {
  it('keeps negation as evidence', () => {
    expect(keys('He did not go, won\'t go and never will.')).toEqual(['not', 'not', 'not']);
    expect(keys('There was no water.')).toEqual(['not', 'water']);
  });

  it('drops stopwords and reporting verbs', () => {
    expect(keys('He said that they were also there, according to the officials.')).toEqual([wordKey('officials')]);
  });

  it('drops the possessive', () => {
    expect(keys("Kenya's longest river")).toEqual(keys('Kenya longest river'));
  });

  it('folds synonyms to one key', () => {
    expect(wordKey('halted')).toBe(wordKey('stopped'));
    expect(wordKey('lawmakers')).toBe(wordKey('legislators'));
    expect(wordKey('purchase')).toBe(wordKey('buy'));
    expect(keys('The trains halted.')).toEqual(keys('The trains stopped.'));
  });

  it('folds British and American spelling', () => {
    expect(keys('They criticised the labour centre.')).toEqual(keys('They criticized the labor center.'));
    expect(wordKey('organisation')).toBe(wordKey('organization'));
  });

  it('keeps unrelated words apart', () => {
    expect(wordKey('river')).not.toBe(wordKey('rain'));
    expect(wordKey('rose')).not.toBe(wordKey('fell'));
  });
});

describe('names', () => {
  it('marks capitalised words as names, and a sentence-initial one only before another capitalised word', () => {
    const kinds = tokens('Vladimir Putin met Joe Biden in Geneva.').map((t) => `${t.key}:${t.kind}`);
    expect(kinds).toEqual(['vladimir:name', 'putin:name', 'met:word', 'joe:name', 'biden:name', 'geneva:name']);
    expect(tokens('Floods hit Garsen.').map((t) => t.kind)).toEqual(['word', 'word', 'name']);
  });

  it('keeps acronyms as names, even one that spells a function word', () => {
    const found = tokens('The US and the IAEA told us.');
    expect(found.map((t) => `${t.key}:${t.kind}`)).toEqual(['us:name', 'iaea:name']);
  });

  it('gives "U.S." and "US" one key', () => {
    expect(keys('The U.S. embassy')).toEqual(keys('The US embassy'));
    expect(tokenize('The U.S. embassy')[0].key).toBe('us');
  });
});

describe('quotation flags', () => {
  it('marks tokens inside quotation marks', () => {
    const found = tokens('"We will rebuild every home," Smith said on Monday.');
    expect(found.map((t) => [t.raw, t.inQuote])).toEqual([
      ['rebuild', true],
      ['home', true],
      ['Smith', false],
      ['Monday', false],
    ]);
  });

  it('marks the tail of a quote left open at the end of the sentence', () => {
    const found = tokens('Smith said: "We will rebuild every home');
    expect(found.map((t) => t.inQuote)).toEqual([false, true, true]);
  });
});

describe('bounds', () => {
  it('produces at most `limit` tokens', () => {
    expect(tokenize('flood '.repeat(1000), 50).length).toBeLessThanOrEqual(50);
    expect(tokenize('flood '.repeat(1000)).length).toBeLessThanOrEqual(400);
  });

  it('gives nothing for punctuation or empty text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('... --- !!!')).toEqual([]);
  });
});
