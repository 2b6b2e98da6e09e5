/**
 * Many-to-many, order-independent sentence alignment between a source (wire story) and a page.
 * Candidate pairs come from an inverted index of the source's keys, so work grows with shared evidence, not with
 * the product of the two lengths. A pair is linked when the sentences are paraphrases of each other, or when one
 * carries most of the other (two wire sentences merged into one page sentence, or one split in two).
 */
import type { PreparedText, Sentence } from './document';
import { scorePair, type PairScore } from './similarity';

export interface Link {
  page: number;
  source: number;
  score: PairScore;
  /** How strongly the pair is linked, 0..1: the paraphrase score, or the containment score for merges/splits. */
  strength: number;
}

export interface Alignment {
  links: Link[];
  /** Links per page sentence and per source sentence. */
  byPage: Link[][];
  bySource: Link[][];
}

/** Thresholds, chosen on principle and checked on MSRP and the synthetic copies (see EVALUATION.md). */
export const ALIGN = {
  /** Paraphrase: probability from the paraphrase model (src/core/paraphrase-model.ts). */
  paraphrase: 0.5,
  /**
   * ...or the pair shares this share of its weighted stems, names and numbers whatever the surface words: a
   * translated-back sentence keeps its facts while every phrase changes, which the surface features miss.
   */
  sharedEvidence: 0.65,
  /** Merge/split: the smaller sentence is this much inside the larger one... */
  contained: 0.75,
  /** ...and carries at least this much evidence weight (three content words)... */
  containedMinWeight: 3,
  /** ...and the pieces together explain this share of the whole. */
  explained: 0.7,
  /**
   * A sentence printed word for word on both sides is linked at this strength even when it is too short for the
   * paraphrase model ("Licht said."): it was kept, not cut. Sharing no evidence, it still decides no source.
   */
  identical: 0.9,
  /** Keep links of a sentence that reach this share of its strongest link. */
  keepRelative: 0.6,
  /** Candidate pairs examined per page sentence. */
  pairsPerSentence: 24,
  /** A key found in more source sentences than this is skipped for candidate generation (it still scores). */
  maxPostings: 400,
};

/** Paraphrase links: the paraphrase model says the two sentences say the same thing. */
function paraphraseStrength(score: PairScore): number {
  if (score.common < 2) return 0;
  if (score.paraphrase >= ALIGN.paraphrase) return score.paraphrase;
  return score.dice >= ALIGN.sharedEvidence ? score.dice : 0;
}

/**
 * Merge and split links: a sentence on one side made of several on the other. Each piece must lie mostly inside
 * the whole, and the pieces together must explain most of the whole — a page sentence that carries one wire
 * sentence plus new material is not a merge.
 */
function pieceLinks(pairs: Array<{ whole: number; piece: number; inside: number; explains: number; score: PairScore }>, weightOf: (piece: number) => number) {
  const byWhole = new Map<number, typeof pairs>();
  for (const pair of pairs) {
    if (pair.inside < ALIGN.contained || weightOf(pair.piece) < ALIGN.containedMinWeight) continue;
    const list = byWhole.get(pair.whole) ?? [];
    list.push(pair);
    byWhole.set(pair.whole, list);
  }
  const linked: Array<{ whole: number; piece: number; score: PairScore; strength: number }> = [];
  for (const [whole, pieces] of byWhole) {
    if (pieces.length < 2) continue;
    const explained = Math.min(1, pieces.reduce((sum, p) => sum + p.explains, 0));
    if (explained < ALIGN.explained) continue;
    for (const p of pieces) linked.push({ whole, piece: p.piece, score: p.score, strength: (p.inside + explained) / 2 });
  }
  return linked;
}

function postingsOf(source: PreparedText): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  source.sentences.forEach((sentence, index) => {
    for (const key of sentence.weights.keys()) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });
  return postings;
}

function candidatePairs(page: Sentence, postings: Map<string, number[]>): number[] {
  const shared = new Map<number, number>();
  for (const [key, weight] of page.weights) {
    const list = postings.get(key);
    if (!list || list.length > ALIGN.maxPostings) continue;
    for (const index of list) shared.set(index, (shared.get(index) ?? 0) + weight);
  }
  return [...shared.entries()]
    .filter(([, weight]) => weight >= 2)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, ALIGN.pairsPerSentence)
    .map(([index]) => index);
}

/** The indices of a text's sentences by their text, in order. */
function sentencesByText(text: PreparedText): Map<string, number[]> {
  const byText = new Map<string, number[]>();
  text.sentences.forEach((sentence, index) => {
    const list = byText.get(sentence.text);
    if (list) list.push(index);
    else byText.set(sentence.text, [index]);
  });
  return byText;
}

/** For each sentence, the index of the first sentence of the text with the same words. */
function firstWithSameText(text: PreparedText, byText: Map<string, number[]>): number[] {
  return text.sentences.map((sentence) => byText.get(sentence.text)![0]);
}

/** Links well below the strongest link of their sentence: a weaker echo of the same words elsewhere. */
function weakLinks(groups: Link[][]): Set<Link> {
  const weak = new Set<Link>();
  for (const list of groups) {
    const best = Math.max(0, ...list.map((link) => link.strength));
    for (const link of list) if (link.strength < best * ALIGN.keepRelative) weak.add(link);
  }
  return weak;
}

export interface AlignOptions {
  /**
   * Link sentences printed word for word however short (ALIGN.identical). On for a page's report; off where two
   * texts are asked whether they say the same (story versions), as a sign-off or a table row shared by two routine
   * reports says nothing of that.
   */
  linkIdentical?: boolean;
}

export function align(source: PreparedText, page: PreparedText, options: AlignOptions = {}): Alignment {
  const identicalStrength = options.linkIdentical === false ? 0 : ALIGN.identical;
  const postings = postingsOf(source);
  const all: Link[] = [];
  const scored: Array<{ page: number; source: number; score: PairScore }> = [];
  // A sentence repeated on the page (or in hostile input, thousands of times) is scored once: pairs are keyed by
  // the first sentence with the same text on each side.
  const sourceByText = sentencesByText(source);
  const pageFirst = firstWithSameText(page, sentencesByText(page));
  const sourceFirst = firstWithSameText(source, sourceByText);
  const scoredPairs = new Map<number, PairScore>();
  // A page sentence with the same text as source sentences is paired with them alone: a copied sentence needs no
  // search, and a near-duplicate of it elsewhere in the story was cut, not paraphrased (the synthetic copies' cut
  // recall went from 0.987 to 1 with this). Like a key, a text the source repeats more than maxPostings times
  // pairs with nothing.
  const sameText = (sentence: Sentence) => {
    const list = sourceByText.get(sentence.text);
    return list && (list.length > ALIGN.maxPostings ? [] : list.slice(0, ALIGN.pairsPerSentence));
  };
  page.sentences.forEach((pageSentence, pageIndex) => {
    const identical = sameText(pageSentence);
    for (const sourceIndex of identical ?? candidatePairs(pageSentence, postings)) {
      const sourceSentence = source.sentences[sourceIndex];
      const pairKey = sourceFirst[sourceIndex] * page.sentences.length + pageFirst[pageIndex];
      const score = scoredPairs.get(pairKey) ?? scorePair(sourceSentence, pageSentence);
      scoredPairs.set(pairKey, score);
      scored.push({ page: pageIndex, source: sourceIndex, score });
      const strength = paraphraseStrength(score) || (identical ? identicalStrength : 0);
      if (strength > 0) all.push({ page: pageIndex, source: sourceIndex, score, strength });
    }
  });
  const known = new Map(all.map((link) => [`${link.page}:${link.source}`, link]));
  const addPiece = (pageIndex: number, sourceIndex: number, score: PairScore, strength: number) => {
    const existing = known.get(`${pageIndex}:${sourceIndex}`);
    // A piece already linked as a paraphrase keeps one link, as strong as the piece it is.
    if (existing) existing.strength = Math.max(existing.strength, strength);
    else {
      const link = { page: pageIndex, source: sourceIndex, score, strength };
      known.set(`${pageIndex}:${sourceIndex}`, link);
      all.push(link);
    }
  };
  // Merges: several source sentences inside one page sentence.
  for (const l of pieceLinks(
    scored.map((p) => ({ whole: p.page, piece: p.source, inside: p.score.sourceCovered, explains: p.score.pageCovered, score: p.score })),
    (i) => source.sentences[i].weight,
  )) addPiece(l.whole, l.piece, l.score, l.strength);
  // Splits: one source sentence spread over several page sentences.
  for (const l of pieceLinks(
    scored.map((p) => ({ whole: p.source, piece: p.page, inside: p.score.pageCovered, explains: p.score.sourceCovered, score: p.score })),
    (i) => page.sentences[i].weight,
  )) addPiece(l.piece, l.whole, l.score, l.strength);
  const group = (size: number, pick: (link: Link) => number, links: Link[]) => {
    const groups: Link[][] = Array.from({ length: size }, () => []);
    for (const link of links) groups[pick(link)].push(link);
    return groups;
  };
  const weakForPage = weakLinks(group(page.sentences.length, (l) => l.page, all));
  const weakForSource = weakLinks(group(source.sentences.length, (l) => l.source, all));
  const links = all.filter((link) => !weakForPage.has(link) && !weakForSource.has(link));
  return {
    links,
    byPage: group(page.sentences.length, (l) => l.page, links),
    bySource: group(source.sentences.length, (l) => l.source, links),
  };
}
