/** Word pairs: what survives of a text's phrasing, and how much of it another text shares. */
import { describe, expect, it } from 'vitest';
import { pairShare, wordPairs } from '../../src/core/phrases';

describe('word pairs', () => {
  const page = wordPairs(['Kestrel Mining shares fell 6% in Santiago after the accident was announced.']);

  it('are shared by a copy and a light rewording, hardly by the same words in another order', () => {
    expect(pairShare(page, 'Kestrel Mining shares fell 6% in Santiago after the accident was announced.')).toBe(1);
    expect(pairShare(page, 'Shares of Kestrel Mining fell 6% in Santiago after the accident was announced on Monday.')).toBeGreaterThan(0.7);
    expect(pairShare(page, 'Announced was the accident after Santiago in 6% fell shares Mining Kestrel.')).toBeLessThan(0.2);
  });

  it('ignore case and punctuation between words', () => {
    expect(pairShare(page, 'KESTREL MINING SHARES — FELL 6 % IN SANTIAGO, AFTER THE ACCIDENT WAS ANNOUNCED')).toBe(1);
    expect(pairShare(wordPairs(['Élysée Palace said']), 'the élysée palace said')).toBe(1);
  });

  it('leave out pairs of function words, and do not run across texts', () => {
    expect(wordPairs(['it was in the'])).toEqual(new Set());
    expect(wordPairs(['copper mine', 'rescue shaft']).size).toBe(2);
  });

  it('share nothing with an empty text', () => {
    expect(pairShare(new Set(), 'copper mine')).toBe(0);
    expect(pairShare(wordPairs(['copper mine']), '')).toBe(0);
  });
});
