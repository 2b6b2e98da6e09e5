/**
 * Word pairs: what is left of a text's phrasing once its words are known. Retrieval ranks stories by the rare
 * words they share with the page, which a story that mentions the same people, places and figures in sentences
 * of its own does as well as the story the page was copied from. Adjacent word pairs tell the two apart for a
 * fraction of what preparing and aligning a story costs: copied and lightly reworded sentences keep many of
 * them, a text that only shares the vocabulary keeps few.
 */
import { hash32 } from './hash';
import { STOPWORDS } from './text/stopwords';

const WORD = /[\p{L}\p{N}]+/gu;

/** The texts' adjacent word pairs (lower-cased, pairs of two function words left out), hashed. */
export function wordPairs(texts: readonly string[]): Set<number> {
  const pairs = new Set<number>();
  for (const text of texts) {
    let previous = '';
    let previousHash = 0;
    for (const match of text.toLowerCase().matchAll(WORD)) {
      const word = match[0];
      const wordHash = hash32(word);
      if (previous && !(STOPWORDS.has(previous) && STOPWORDS.has(word))) pairs.add((Math.imul(previousHash, 0x9e3779b1) ^ wordHash) >>> 0);
      previous = word;
      previousHash = wordHash;
    }
  }
  return pairs;
}

/** Share of `pairs` that `other` has too. */
export function pairShare(pairs: ReadonlySet<number>, other: ReadonlySet<number>): number {
  if (pairs.size === 0) return 0;
  let shared = 0;
  for (const pair of pairs) if (other.has(pair)) shared++;
  return shared / pairs.size;
}
