/** Scores: binary classification, precision/recall from counts, bag-of-words overlap, and distribution summaries. */

/** Confusion counts of one positive label (true/false positives and negatives). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Prf {
  /** null when undefined (nothing predicted, nothing to find). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function prf({ tp, fp, fn }: Pick<Counts, 'tp' | 'fp' | 'fn'>): Prf {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: f1Of(tp, precision, recall) };
}

// F1 is 0 whenever something was to be found or was predicted and nothing matched, even if one side is undefined.
function f1Of(tp: number, precision: number | null, recall: number | null): number | null {
  if (tp === 0) return precision === null && recall === null ? null : 0;
  return (2 * precision! * recall!) / (precision! + recall!);
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn };
}

export const NO_COUNTS: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };

export function countOne(predicted: boolean, truth: boolean): Counts {
  return { tp: +(predicted && truth), fp: +(predicted && !truth), fn: +(!predicted && truth), tn: +(!predicted && !truth) };
}

export interface Binary extends Prf {
  n: number;
  accuracy: number | null;
  confusion: Counts;
  /** Accuracy of always answering the more frequent gold label. */
  majorityBaseline: number | null;
}

export function binary(predicted: readonly boolean[], gold: readonly boolean[]): Binary {
  if (predicted.length !== gold.length) throw new Error('predictions and labels differ in length');
  const confusion = predicted.reduce((acc, p, i) => addCounts(acc, countOne(p, gold[i])), NO_COUNTS);
  const n = gold.length;
  const positives = confusion.tp + confusion.fn;
  return {
    n,
    accuracy: ratio(confusion.tp + confusion.tn, n),
    ...prf(confusion),
    confusion,
    majorityBaseline: ratio(Math.max(positives, n - positives), n),
  };
}

/** Lower-cased runs of letters and digits (Unicode-aware): the "words" of bag-of-words scores. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function bag(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Token-level precision/recall/F1 of an extracted text against gold text, as multisets of words. */
export function bagOfWords(predicted: string, gold: string): Prf {
  const p = bag(words(predicted));
  const g = bag(words(gold));
  let overlap = 0;
  for (const [word, count] of p) overlap += Math.min(count, g.get(word) ?? 0);
  const predictedTotal = [...p.values()].reduce((a, b) => a + b, 0);
  const goldTotal = [...g.values()].reduce((a, b) => a + b, 0);
  return prf({ tp: overlap, fp: predictedTotal - overlap, fn: goldTotal - overlap });
}

export interface Summary {
  n: number;
  mean: number | null;
  p50: number | null;
  p95: number | null;
  max: number | null;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) return { n: 0, mean: null, p50: null, p95: null, max: null };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: values.length,
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1],
  };
}
