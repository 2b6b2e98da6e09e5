/**
 * How much of one sentence another carries, by lexical evidence: shared weighted keys (stems, names, numbers),
 * near-identical names (transliterations), and word order. Symmetric measures decide paraphrase; one-sided
 * containment finds merges and splits.
 */
import type { Sentence } from './document';
import { PARAPHRASE_MODEL } from './paraphrase-model';
import { normaliseHouseStyle } from './text/normalise';

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
  /** Probability that the two sentences say the same thing (the paraphrase model), 0..1. */
  paraphrase: number;
  /** Words of the source / of the page sentence found in order in the other (longest common subsequence). */
  sourceInOrder: number;
  pageInOrder: number;
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

function measure(source: Sentence, page: Sentence): { score: PairScore; shared: Set<string> } {
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
  const score = {
    common,
    evidence,
    dice: total > 0 ? (2 * common) / total : 0,
    sourceCovered: source.weight > 0 ? Math.min(1, common / source.weight) : 0,
    pageCovered: page.weight > 0 ? Math.min(1, common / page.weight) : 0,
    order: orderAgreement(source, page, shared),
    paraphrase: 0,
    sourceInOrder: 0,
    pageInOrder: 0,
  };
  return { score, shared };
}

export function scorePair(source: Sentence, page: Sentence): PairScore {
  const { score, shared } = measure(source, page);
  // Surface features (word bigrams, LCS) cost more; pairs sharing little are neither paraphrases nor copies.
  if (score.dice >= PARAPHRASE_MODEL.minDice) {
    score.paraphrase = paraphraseProbability(pairFeatures(source, page, score, shared, wordsInOrder(source, page, score)));
  }
  return score;
}

/** The paraphrase model's inputs for a pair (for training). */
export function featuresOf(source: Sentence, page: Sentence): number[] {
  const { score, shared } = measure(source, page);
  return pairFeatures(source, page, score, shared, wordsInOrder(source, page, score));
}

/** Sets how much of each sentence's surface words the other keeps in order; returns how many words that is. */
function wordsInOrder(source: Sentence, page: Sentence, score: PairScore): number {
  const a = surfaceOf(source).words;
  const b = surfaceOf(page).words;
  const inOrder = longestCommonSubsequence(a, b);
  score.sourceInOrder = a.length > 0 ? inOrder / a.length : 0;
  score.pageInOrder = b.length > 0 ? inOrder / b.length : 0;
  return inOrder;
}

/**
 * A sentence's surface: its words, function words included (word choice and phrasing are paraphrase evidence, and a
 * copy keeps them; house style such as "U.S."/"US" or "4,500"/"4500" does not make words differ), and their sets.
 */
interface Surface {
  words: string[];
  wordSet: Set<string>;
  bigrams: Set<string>;
  trigrams: Set<string>;
  charTrigrams: Set<string>;
}

/** A sentence meets many others in one alignment: its surface sets are built once. */
const surfaces = new WeakMap<Sentence, Surface>();

function surfaceOf(sentence: Sentence): Surface {
  let surface = surfaces.get(sentence);
  if (!surface) {
    const words =
      sentence.tokens.length === 0
        ? []
        : (normaliseHouseStyle(sentence.text).toLowerCase().replace(/['’]/g, '').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 300);
    surface = {
      words,
      wordSet: new Set(words),
      bigrams: new Set(words.slice(1).map((word, i) => `${words[i]} ${word}`)),
      trigrams: new Set(words.slice(2).map((word, i) => `${words[i]} ${words[i + 1]} ${word}`)),
      charTrigrams: new Set(charTrigrams(sentence)),
    };
    surfaces.set(sentence, surface);
  }
  return surface;
}

function setDice<T>(left: Set<T>, right: Set<T>): number {
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return left.size + right.size > 0 ? (2 * shared) / (left.size + right.size) : 0;
}

function longestCommonSubsequence(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}

function onlyIn(a: Sentence, b: Sentence, kind: 'number' | 'name'): number {
  const other = new Set(b.tokens.filter((t) => t.kind === kind).map((t) => t.key));
  return Math.min(3, new Set(a.tokens.filter((t) => t.kind === kind && !other.has(t.key)).map((t) => t.key)).size);
}

/** Character trigrams of the content words: spelling variants and inflections still meet. */
function charTrigrams(sentence: Sentence): string[] {
  const grams: string[] = [];
  for (const token of sentence.tokens) {
    const word = ` ${token.raw.toLowerCase()} `;
    for (let i = 0; i + 3 <= word.length; i++) grams.push(word.slice(i, i + 3));
  }
  return grams;
}

function negated(sentence: Sentence): boolean {
  return sentence.weights.has('not');
}

/** The paraphrase model's inputs, in PARAPHRASE_MODEL.features order. */
function pairFeatures(source: Sentence, page: Sentence, score: PairScore, shared: Set<string>, inOrder: number): number[] {
  const left = surfaceOf(source);
  const right = surfaceOf(page);
  const a = left.words;
  const b = right.words;
  const longer = Math.max(a.length, b.length) || 1;
  const keysDice = (2 * shared.size) / (source.weights.size + page.weights.size || 1);
  return [
    score.dice,
    keysDice,
    Math.min(score.sourceCovered, score.pageCovered),
    Math.max(score.sourceCovered, score.pageCovered),
    setDice(left.bigrams, right.bigrams),
    setDice(left.wordSet, right.wordSet),
    inOrder / longer,
    Math.min(a.length, b.length) / longer,
    onlyIn(source, page, 'number'),
    onlyIn(page, source, 'number'),
    onlyIn(source, page, 'name'),
    onlyIn(page, source, 'name'),
    score.order,
    Math.log(1 + Math.abs(a.length - b.length)),
    source.weight - score.common,
    page.weight - score.common,
    setDice(left.trigrams, right.trigrams),
    setDice(left.charTrigrams, right.charTrigrams),
    negated(source) === negated(page) ? 0 : 1,
  ];
}

export function paraphraseProbability(features: number[]): number {
  const { mean, scale, weights, bias } = PARAPHRASE_MODEL;
  let z = bias;
  for (let i = 0; i < features.length; i++) z += weights[i] * ((features[i] - mean[i]) / scale[i]);
  return 1 / (1 + Math.exp(-z));
}
