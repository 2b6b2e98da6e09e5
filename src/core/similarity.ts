/**
 * How much of one sentence another carries, by lexical evidence: shared weighted keys (stems, names, numbers),
 * near-identical names (transliterations), and word order. Symmetric measures decide paraphrase; one-sided
 * containment finds merges and splits.
 */
import type { Sentence } from './document';
import { PARAPHRASE_MODEL } from './paraphrase-model';
import { longestCommonSubsequence, sortedDice, surfaceOf } from './surface';
import type { Token } from './text/tokens';

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

/** Two rows of the edit-distance table, reused: names are short, and pairs of names are many. */
let rows = [new Int32Array(64), new Int32Array(64)];

function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const char = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = char === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (current[j] < best) best = current[j];
    }
    if (best > max) return false;
    [previous, current] = [current, previous];
  }
  return previous[b.length] <= max;
}

/** Two spellings of one name ("Zelenskiy"/"Zelensky", "Gaddafi"/"Qaddafi"): long, and at most two edits apart. */
export function sameName(a: string, b: string): boolean {
  return a.length >= 5 && b.length >= 5 && a !== b && editDistanceAtMost(a, b, a.length >= 8 ? 2 : 1);
}

/**
 * What a sentence brings to every pair it is scored in, worked out once: a sentence meets many others in an
 * alignment (a page sentence meets every candidate story).
 */
interface Facts {
  /** Keys that are quoted and never occur outside quotes. */
  quotedOnly: Set<string>;
  /** Kind and position of each key's first token; keys in order of first occurrence. */
  first: Map<string, Token>;
  names: Token[];
  nameKeys: Set<string>;
  numberKeys: Set<string>;
}

const facts = new WeakMap<Sentence, Facts>();

function factsOf(sentence: Sentence): Facts {
  let known = facts.get(sentence);
  if (!known) {
    const outside = new Set<string>();
    const quotedOnly = new Set<string>();
    const first = new Map<string, Token>();
    const names: Token[] = [];
    const nameKeys = new Set<string>();
    const numberKeys = new Set<string>();
    for (const token of sentence.tokens) {
      (token.inQuote ? quotedOnly : outside).add(token.key);
      if (!first.has(token.key)) first.set(token.key, token);
      if (token.kind === 'name') {
        names.push(token);
        nameKeys.add(token.key);
      } else if (token.kind === 'number') numberKeys.add(token.key);
    }
    for (const key of outside) quotedOnly.delete(key);
    known = { quotedOnly, first, names, nameKeys, numberKeys };
    facts.set(sentence, known);
  }
  return known;
}

/** Fraction of shared keys in the same relative order: longest increasing subsequence of page positions. */
function orderAgreement(source: Facts, page: Facts, shared: Set<string>): number {
  if (shared.size < 2) return 1;
  const tails: number[] = [];
  let length = 0;
  for (const [key] of source.first) {
    if (!shared.has(key)) continue;
    length++;
    const value = page.first.get(key)?.position ?? 0;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
  }
  return tails.length / length;
}

function measure(source: Sentence, page: Sentence): { score: PairScore; shared: Set<string> } {
  const [small, large] = source.weights.size <= page.weights.size ? [source, page] : [page, source];
  const sourceFacts = factsOf(source);
  const pageFacts = factsOf(page);
  const shared = new Set<string>();
  let common = 0;
  for (const [key, weight] of small.weights) {
    const other = large.weights.get(key);
    if (other === undefined) continue;
    shared.add(key);
    common += Math.min(weight, other);
  }
  // Transliterated names: unmatched names on both sides that are one or two edits apart.
  const unmatchedPageNames = pageFacts.names.filter((t) => !shared.has(t.key));
  if (unmatchedPageNames.length > 0) {
    for (const token of sourceFacts.names) {
      if (shared.has(token.key)) continue;
      const twin = unmatchedPageNames.find((p) => sameName(p.key, token.key));
      if (!twin) continue;
      shared.add(token.key);
      common += source.weights.get(token.key) ?? 0;
    }
  }
  let evidence = 0;
  let plainShared = 0;
  for (const key of shared) {
    if (sourceFacts.quotedOnly.has(key) || pageFacts.quotedOnly.has(key)) continue;
    const token = sourceFacts.first.get(key);
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
    order: orderAgreement(sourceFacts, pageFacts, shared),
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

function onlyIn(a: Sentence, b: Sentence, kind: 'number' | 'name'): number {
  const keysOf = (sentence: Sentence) => (kind === 'name' ? factsOf(sentence).nameKeys : factsOf(sentence).numberKeys);
  const other = keysOf(b);
  let only = 0;
  for (const key of keysOf(a)) if (!other.has(key) && ++only === 3) break;
  return only;
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
    sortedDice(left.bigrams, right.bigrams),
    sortedDice(left.wordSet, right.wordSet),
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
    sortedDice(left.trigrams, right.trigrams),
    sortedDice(left.charTrigrams, right.charTrigrams),
    negated(source) === negated(page) ? 0 : 1,
  ];
}

export function paraphraseProbability(features: number[]): number {
  const { mean, scale, weights, bias } = PARAPHRASE_MODEL;
  let z = bias;
  for (let i = 0; i < features.length; i++) z += weights[i] * ((features[i] - mean[i]) / scale[i]);
  return 1 / (1 + Math.exp(-z));
}
