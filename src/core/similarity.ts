/**
 * How much of one sentence another carries, by lexical evidence: shared weighted keys (stems, names, numbers),
 * near-identical names (transliterations), and word order. Symmetric measures decide paraphrase; one-sided
 * containment finds merges and splits.
 */
import type { Sentence } from './document';

export interface PairScore {
  /** Weight of evidence both sentences share. */
  common: number;
  /** Shared weight outside quotations, from words and numbers (names alone never make a copy). */
  evidence: number;
  /** 2·common / (source + page): the paraphrase score. */
  dice: number;
  /** common / source weight: how much of the source sentence the page sentence carries. */
  sourceCovered: number;
  /** common / page weight: how much of the page sentence comes from the source sentence. */
  pageCovered: number;
  /** Share of shared keys that keep their relative order (1 = same order). */
  order: number;
}

function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > max) return false;
    previous = current;
  }
  return previous[b.length] <= max;
}

/** Two spellings of one name ("Zelenskiy"/"Zelensky", "Gaddafi"/"Qaddafi"): long, and at most two edits apart. */
export function sameName(a: string, b: string): boolean {
  return a.length >= 5 && b.length >= 5 && a !== b && editDistanceAtMost(a, b, a.length >= 8 ? 2 : 1);
}

/** Keys of `sentence` that are quoted, and keys that occur outside quotes. */
function quotedOnly(sentence: Sentence): Set<string> {
  const outside = new Set<string>();
  const inside = new Set<string>();
  for (const token of sentence.tokens) (token.inQuote ? inside : outside).add(token.key);
  for (const key of outside) inside.delete(key);
  return inside;
}

/** Fraction of shared keys in the same relative order: longest increasing subsequence of page positions. */
function orderAgreement(source: Sentence, page: Sentence, shared: Set<string>): number {
  if (shared.size < 2) return 1;
  const pagePosition = new Map<string, number>();
  for (const token of page.tokens) if (shared.has(token.key) && !pagePosition.has(token.key)) pagePosition.set(token.key, token.position);
  const sequence: number[] = [];
  const seen = new Set<string>();
  for (const token of source.tokens) {
    if (!shared.has(token.key) || seen.has(token.key)) continue;
    seen.add(token.key);
    sequence.push(pagePosition.get(token.key) ?? 0);
  }
  const tails: number[] = [];
  for (const value of sequence) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
  }
  return tails.length / sequence.length;
}

export function scorePair(source: Sentence, page: Sentence): PairScore {
  const [small, large] = source.weights.size <= page.weights.size ? [source, page] : [page, source];
  const shared = new Set<string>();
  let common = 0;
  for (const [key, weight] of small.weights) {
    const other = large.weights.get(key);
    if (other === undefined) continue;
    shared.add(key);
    common += Math.min(weight, other);
  }
  // Transliterated names: unmatched names on both sides that are one or two edits apart.
  const unmatchedPageNames = page.tokens.filter((t) => t.kind === 'name' && !shared.has(t.key));
  if (unmatchedPageNames.length > 0) {
    for (const token of source.tokens) {
      if (token.kind !== 'name' || shared.has(token.key)) continue;
      const twin = unmatchedPageNames.find((p) => sameName(p.key, token.key));
      if (!twin) continue;
      shared.add(token.key);
      common += source.weights.get(token.key) ?? 0;
    }
  }
  const sourceQuoted = quotedOnly(source);
  const pageQuoted = quotedOnly(page);
  let evidence = 0;
  let plainShared = 0;
  for (const key of shared) {
    if (sourceQuoted.has(key) || pageQuoted.has(key)) continue;
    const token = source.tokens.find((t) => t.key === key);
    if (!token || token.kind === 'name') continue;
    evidence += Math.min(source.weights.get(key) ?? 0, page.weights.get(key) ?? 0);
    plainShared++;
  }
  if (plainShared < 2) evidence = 0;
  const total = source.weight + page.weight;
  return {
    common,
    evidence,
    dice: total > 0 ? (2 * common) / total : 0,
    sourceCovered: source.weight > 0 ? Math.min(1, common / source.weight) : 0,
    pageCovered: page.weight > 0 ? Math.min(1, common / page.weight) : 0,
    order: orderAgreement(source, page, shared),
  };
}
