/** Word pairs: what survives of a text's phrasing, and how much of it another text shares. */
import { describe, expect, it } from 'vitest';
import { pairShare, wordPairs } from '../../src/core/phrases';

describe('word pairs', () => {
  it('are shared by a copy and a light rewording, hardly by the same words in another order', () => {
    const page = wordPairs(['Kestrel Mining shares fell 6% in Santiago after the accident was announced.']);
    const copy = wordPairs(['Shares of Kestrel Mining fell 6% in Santiago after the accident was announced on Monday.']);
    const shuffled = wordPairs(['Announced was the accident after Santiago in 6% fell shares Mining Kestrel.']);
    expect(pairShare(page, copy)).toBeGreaterThan(0.7);
    expect(pairShare(page, shuffled)).toBeLessThan(0.2);
  });

  it('leave out pairs of function words, and do not run across texts', () => {
    expect(wordPairs(['it was in the'])).toEqual(new Set());
    expect(wordPairs(['copper mine', 'rescue shaft']).size).toBe(2);
  });

  it('share nothing with an empty text', () => {
    expect(pairShare(new Set(), wordPairs(['copper mine']))).toBe(0);
    expect(pairShare(wordPairs(['copper mine']), new Set())).toBe(0);
  });
});
