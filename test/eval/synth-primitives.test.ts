import { describe, expect, it } from 'vitest';
import { applyStyle, STYLE_RULES } from '../../scripts/synth/house-style';
import { paraphrase, STRUCTURE_RULES, swapSynonyms } from '../../scripts/synth/paraphrase';
import { createRng, rngFor } from '../../scripts/synth/prng';
import { alterQuote } from '../../scripts/synth/quotes';
import { splitSentences } from '../../scripts/synth/sentences';

describe('seeded random numbers', () => {
  it('repeat for the same seed and key, and differ across keys', () => {
    const a = Array.from({ length: 5 }, createRng(7).next);
    expect(Array.from({ length: 5 }, createRng(7).next)).toEqual(a);
    expect(rngFor(1, 'x').next()).toBe(rngFor(1, 'x').next());
    expect(rngFor(1, 'x').next()).not.toBe(rngFor(1, 'y').next());
    expect(rngFor(1, 'x').next()).not.toBe(rngFor(2, 'x').next());
  });

  it('shuffle keeps every item', () => {
    expect(createRng(3).shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('sentence splitting', () => {
  it('does not split after abbreviations, initials or acronyms', () => {
    expect(splitSentences('The U.S. Treasury said it sold 5 mln dlrs. G.D. Searle and Co. Inc. agreed. Mr. Smith left.')).toEqual([
      'The U.S. Treasury said it sold 5 mln dlrs.',
      'G.D. Searle and Co. Inc. agreed.',
      'Mr. Smith left.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(splitSentences('"It is weak." He left.')).toEqual(['"It is weak."', 'He left.']);
  });
});

describe('house style', () => {
  const rule = (name: string, text: string) => STYLE_RULES.find((r) => r.name === name)!.apply(text);

  it('rewrites conventions without touching facts', () => {
    expect(rule('US', 'the U.S. market and U.S.-made cars')).toBe('the US market and U.S.-made cars');
    expect(rule('percent', 'up 5 pct')).toBe('up 5 percent');
    expect(rule('percent-sign', 'up 5 pct')).toBe('up 5%');
    expect(rule('dollars', '5.5 mln dlrs and 20 dlrs')).toBe('$5.5 mln and $20');
    expect(rule('thousands', '1,400 and 1,234,567 and 2.5')).toBe('1400 and 1234567 and 2.5');
    expect(rule('months', 'on Feb 26 and Sept. 3')).toBe('on February 26 and September 3');
    expect(rule('british', 'Labor and defense programs')).toBe('Labour and defence programs');
  });

  it('applies rules in table order', () => {
    expect(applyStyle('5 mln dlrs', STYLE_RULES)).toBe('$5 million');
  });
});

describe('rule paraphrase', () => {
  const apply = (text: string) => STRUCTURE_RULES.map((rule) => rule(text)).filter((t) => t !== null);

  it('passivises simple "X said it bought the Y"', () => {
    expect(apply('Acme Corp said it sold its Widget unit for five mln dlrs.')).toContain('Acme Corp said its Widget unit was sold for five mln dlrs.');
  });

  it('moves the reporting clause both ways', () => {
    expect(apply('The company said it would close the plant next year.')).toContain('It would close the plant next year, the company said.');
    expect(apply('It would close the plant next year, the company said.')).toContain('The company said it would close the plant next year.');
  });

  it('reorders clauses around commas', () => {
    expect(apply('In 1986, the company earned five mln dlrs.')).toContain('The company earned five mln dlrs in 1986.');
    expect(apply('The index rose sharply this week, although demand was weak.')).toContain('Although demand was weak, the index rose sharply this week.');
    // "Prices" could be a name: left alone rather than mis-cased.
    expect(apply('Prices rose sharply this week, although demand was weak.')).toEqual([]);
  });

  it('never changes words inside quotes', () => {
    const text = '"Profits rose," the spokesman said, as profits rose.';
    for (let seed = 0; seed < 20; seed++) expect(swapSynonyms(text, createRng(seed), 5)).toMatch(/^"Profits rose,"/);
  });

  it('returns null when nothing applies', () => {
    expect(paraphrase('Zzz qqq.', createRng(1))).toBeNull();
  });
});

describe('quote edits', () => {
  it('change the first quotation in one of three ways', () => {
    const text = '"We expect the market to improve strongly over the next year," he said.';
    const edits = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const altered = alterQuote(text, createRng(seed))!;
      expect(altered.text).not.toBe(text);
      edits.add(altered.edit);
      if (altered.edit === 'indirect') expect(altered.text).not.toContain('"');
      if (altered.edit === 'ellipsis') expect(altered.text).toContain('...');
    }
    expect(edits).toEqual(new Set(['word', 'ellipsis', 'indirect']));
  });

  it('leave sentences without a quotation alone', () => {
    expect(alterQuote('No quote here.', createRng(1))).toBeNull();
  });
});
