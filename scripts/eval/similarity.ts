/** How much two stories share, to tell a wrong source from a near-duplicate of the right one. */
import { words } from './metrics';

function trigrams(text: string): Set<string> {
  const w = words(text);
  const grams = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) grams.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return grams;
}

/**
 * Word 3-gram containment of the smaller story in the other, max over both directions: 1 when one text is contained in
 * the other (a short version of a longer story), near 0 for unrelated stories.
 */
export function storySimilarity(a: string, b: string): number {
  const ga = trigrams(a);
  const gb = trigrams(b);
  if (ga.size === 0 || gb.size === 0) return 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return Math.max(shared / ga.size, shared / gb.size);
}

/** Similarity at which a returned story counts as a near-duplicate of the expected one. */
export const NEAR_DUPLICATE = 0.8;
