/**
 * Carries ground-truth labels from the generators' text pieces over to the engine's sentences, which are segmented
 * differently: each engine sentence is located in the concatenated pieces and takes the label covering most of its
 * characters. A sentence that cannot be located exactly takes the label of the piece sharing most of its words, or
 * none (null) when no piece shares at least `minShare` of them (e.g. a title the engine added).
 */
import { words } from './metrics';

export interface Labelled<L> {
  text: string;
  label: L;
}

export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function labelByText<L>(pieces: readonly Labelled<L>[], targets: readonly string[], minShare = 0.6): (L | null)[] {
  const spans: { start: number; end: number; label: L }[] = [];
  let hay = '';
  for (const piece of pieces) {
    const text = normalizeForMatch(piece.text);
    if (hay) hay += ' ';
    spans.push({ start: hay.length, end: hay.length + text.length, label: piece.label });
    hay += text;
  }
  const pieceWords = pieces.map((p) => new Set(words(p.text)));

  let cursor = 0;
  return targets.map((target) => {
    const needle = normalizeForMatch(target);
    if (!needle) return null;
    let at = findWhole(hay, needle, cursor);
    if (at < 0) at = findWhole(hay, needle, 0);
    if (at >= 0) {
      cursor = at + needle.length;
      return majorityLabel(spans, at, at + needle.length);
    }
    return bestByWords(pieces, pieceWords, words(target), minShare);
  });
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

// The first occurrence at or after `from` that does not start or end inside a word ("reuter" is not in "reuters").
function findWhole(hay: string, needle: string, from: number): number {
  for (let at = hay.indexOf(needle, from); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = hay[at - 1] ?? ' ';
    const after = hay[at + needle.length] ?? ' ';
    const cutsWord = (edge: string, inner: string): boolean => WORD_CHAR.test(edge) && WORD_CHAR.test(inner);
    if (!cutsWord(before, needle[0]) && !cutsWord(after, needle[needle.length - 1])) return at;
  }
  return -1;
}

function majorityLabel<L>(spans: readonly { start: number; end: number; label: L }[], start: number, end: number): L | null {
  const weight = new Map<L, number>();
  for (const span of spans) {
    const overlap = Math.min(end, span.end) - Math.max(start, span.start);
    if (overlap > 0) weight.set(span.label, (weight.get(span.label) ?? 0) + overlap);
  }
  let best: L | null = null;
  let bestWeight = 0;
  for (const [label, w] of weight) if (w > bestWeight) [best, bestWeight] = [label, w];
  return best;
}

function bestByWords<L>(pieces: readonly Labelled<L>[], pieceWords: readonly Set<string>[], target: readonly string[], minShare: number): L | null {
  if (target.length === 0) return null;
  let best = -1;
  let bestShare = 0;
  pieceWords.forEach((set, i) => {
    const share = target.filter((w) => set.has(w)).length / target.length;
    if (share > bestShare) [best, bestShare] = [i, share];
  });
  return best >= 0 && bestShare >= minShare ? pieces[best].label : null;
}
