/**
 * MSRP: is sentence 2 a paraphrase of sentence 1? Predicted "paraphrase" when `compare(sentence1, sentence2)` keeps
 * or paraphrases every source sentence and reports no quote/number/name change; scored against the human label.
 */
import { join } from 'node:path';
import { compare, type CompareResult } from '../../src/core/index';
import { readText } from './jsonl';
import { binary, summarize } from './metrics';
import { parseMsrp, type MsrpPair } from './msrp-tsv';
import { countOf, markdownTable, ms, num } from './table';
import type { EvalContext, EvalOutput } from './types';

export function predictsParaphrase(result: CompareResult): boolean {
  return (
    result.sourceSentences.length > 0 &&
    result.sourceSentences.every((s) => s.status === 'kept' || s.status === 'paraphrased') &&
    result.changes.length === 0
  );
}

/** Why a pair was not predicted a paraphrase: a cut sentence, or only reported changes. */
function reason(result: CompareResult): 'cut' | 'changes' | null {
  if (result.sourceSentences.some((s) => s.status === 'cut') || result.sourceSentences.length === 0) return 'cut';
  return result.changes.length > 0 ? 'changes' : null;
}

export async function runMsrp(ctx: EvalContext): Promise<EvalOutput> {
  const file = parseMsrp(readText(join(ctx.dataDir, 'msrp-train.tsv')));
  const pairs = file.pairs.slice(0, ctx.limit ?? file.pairs.length);
  const results: CompareResult[] = [];
  const times: number[] = [];
  for (const pair of pairs) {
    const start = performance.now();
    results.push(compare(pair.sentence1, pair.sentence2));
    times.push(performance.now() - start);
  }
  const predicted = results.map(predictsParaphrase);
  const gold = pairs.map((p) => p.paraphrase);
  const scores = binary(predicted, gold);
  const reasons = { cut: 0, changes: 0 };
  const changeKinds: Record<string, number> = {};
  results.forEach((r, i) => {
    const why = reason(r);
    if (why && gold[i]) reasons[why]++;
    if (gold[i]) for (const c of r.changes) changeKinds[c.kind] = (changeKinds[c.kind] ?? 0) + 1;
  });
  const time = summarize(times);

  const { tp, fp, fn, tn } = scores.confusion;
  const markdown = [
    `### MSRP paraphrase pairs (train split, ${pairs.length} pairs)`,
    '',
    markdownTable(
      ['metric', 'value'],
      [
        ['accuracy', num(scores.accuracy)],
        ['precision (paraphrase)', num(scores.precision)],
        ['recall (paraphrase)', num(scores.recall)],
        ['F1 (paraphrase)', num(scores.f1)],
        ['majority baseline accuracy', num(scores.majorityBaseline)],
        ['compare() mean / p50 / p95 (ms)', `${ms(time.mean)} / ${ms(time.p50)} / ${ms(time.p95)}`],
      ],
    ),
    '',
    markdownTable(['', 'gold paraphrase', 'gold not paraphrase'], [
      ['predicted paraphrase', String(tp), String(fp)],
      ['predicted not paraphrase', String(fn), String(tn)],
    ]),
    '',
    `Gold paraphrases missed: ${countOf(reasons.cut, tp + fn)} because a source sentence was cut, ` +
      `${countOf(reasons.changes, tp + fn)} only because of reported changes ` +
      `(${Object.entries(changeKinds).map(([k, n]) => `${k}: ${n}`).join(', ') || 'none'}). ` +
      `Target: accuracy ≥ 0.78. Skipped lines: ${file.skipped.length}` +
      (file.skipped.length ? ` (${[...new Set(file.skipped.map((s) => s.reason))].join('; ')}).` : '.'),
  ].join('\n');

  return {
    name: 'msrp',
    metrics: { ...scores, missedBecause: reasons, changeKindsOnGoldParaphrases: changeKinds, compareMs: time, skipped: file.skipped, target: { accuracy: 0.78, met: (scores.accuracy ?? 0) >= 0.78 } },
    markdown,
    failures: pairs.flatMap((pair, i) => (predicted[i] === gold[i] ? [] : [failure(pair, results[i])])),
  };
}

function failure(pair: MsrpPair, result: CompareResult): unknown {
  return {
    line: pair.line,
    gold: pair.paraphrase ? 'paraphrase' : 'not paraphrase',
    sentence1: pair.sentence1,
    sentence2: pair.sentence2,
    verdict: result.verdict,
    coverage: result.coverage,
    sourceStatuses: result.sourceSentences.map((s) => `${s.status}: ${s.text}`),
    changes: result.changes,
  };
}
