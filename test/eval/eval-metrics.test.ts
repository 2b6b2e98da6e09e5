import { describe, expect, it } from 'vitest';
import { labelByText } from '../../scripts/eval/label-by-text';
import { bagOfWords, binary, prf, summarize, words } from '../../scripts/eval/metrics';
import { storySimilarity } from '../../scripts/eval/similarity';

describe('scores', () => {
  it('binary classification with confusion matrix and majority baseline', () => {
    const b = binary([true, true, false, false, true], [true, false, true, false, true]);
    expect(b.confusion).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1 });
    expect(b.accuracy).toBeCloseTo(3 / 5);
    expect(b.precision).toBeCloseTo(2 / 3);
    expect(b.recall).toBeCloseTo(2 / 3);
    expect(b.f1).toBeCloseTo(2 / 3);
    expect(b.majorityBaseline).toBeCloseTo(3 / 5);
  });

  it('precision and recall are undefined, not zero, when nothing is to be counted', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: null, recall: null, f1: null });
    expect(prf({ tp: 0, fp: 2, fn: 0 })).toEqual({ precision: 0, recall: null, f1: 0 });
  });

  it('bag of words counts repeated words once per occurrence', () => {
    expect(words('U.S. rate, 5.5% — Café')).toEqual(['u', 's', 'rate', '5', '5', 'café']);
    const s = bagOfWords('the cat the cat sat', 'the cat sat on the mat');
    expect(s.precision).toBeCloseTo(4 / 5);
    expect(s.recall).toBeCloseTo(4 / 6);
  });

  it('summaries use nearest-rank percentiles', () => {
    expect(summarize([5, 1, 3, 2, 4])).toEqual({ n: 5, mean: 3, p50: 3, p95: 5, max: 5 });
    expect(summarize([]).mean).toBeNull();
  });

  it('story similarity is containment of the shorter text', () => {
    const long = 'the bank said it would raise rates next week to defend the currency';
    expect(storySimilarity(long, 'the bank said it would raise rates next week')).toBe(1);
    expect(storySimilarity(long, 'oil prices fell sharply on weak demand in asia')).toBe(0);
  });
});

describe('labels carried over by text', () => {
  const pieces = [
    { text: 'Acme Corp said it bought the unit.', label: 'kept' },
    { text: 'Profits rose 5 pct.', label: 'cut' },
    { text: 'Shares of Reuters Holdings were unchanged.', label: 'kept' },
  ];

  it('locates differently segmented sentences and takes the majority label', () => {
    expect(labelByText(pieces, ['Acme Corp said it bought the unit. Profits', 'rose 5 pct.'])).toEqual(['kept', 'cut']);
    expect(labelByText(pieces, ['“Profits  rose 5 pct.”'.replace(/[“”]/g, '')])).toEqual(['cut']);
  });

  it('matches whole words only, and falls back to shared words', () => {
    expect(labelByText(pieces, ['REUTER'])).toEqual([null]);
    expect(labelByText(pieces, ['Profits climbed 5 pct'])).toEqual(['cut']);
    expect(labelByText(pieces, ['Something else entirely'])).toEqual([null]);
  });
});
