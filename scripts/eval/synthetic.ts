/**
 * Synthetic harder copies of Reuters-21578 stories (scripts/synth): trace each page against the whole Reuters corpus
 * (minus the held-out stories) and score source, cut sentences, added sentences and changes by kind of copy.
 */
import { calibrationBands, calibrationTable } from './calibration';
import type { StoryRecord } from '../../src/core/types';
import { generateCases, KINDS, type Kind, type SyntheticCase } from '../synth/index';
import { addCounts, NO_COUNTS, prf, type Counts } from './metrics';
import { scoreCase, type CaseScore } from './synthetic-score';
import { reutersStories } from './stories';
import { countOf, markdownTable, num } from './table';
import { buildCorpus, timingOf, timingTable, traceAll, type Traced } from './tracing';
import type { EvalContext, EvalOutput } from './types';

/** Pages per kind by default: 13 kinds x 32 = 416 pages. */
export const PER_KIND = 32;

interface KindSummary {
  kind: Kind | 'all derived';
  pages: number;
  correct: number;
  correctOrNearDuplicate: number;
  verdicts: Record<string, number>;
  cut: Counts;
  cutPages: number;
  added: Counts;
  spuriousChangePages: number;
  changeCheckedPages: number;
  secondSourceFound: number;
  quoteChangeFound: number;
  /** Quote pages with the right source, and of those with a quote change reported, by kind of edit. */
  quoteEdits: Record<string, { pages: number; reported: number }>;
  falseSources: number;
  falseSourcesNearDuplicate: number;
  unmapped: number;
}

function summarizeKind(kind: KindSummary['kind'], scores: readonly CaseScore[]): KindSummary {
  const verdicts: Record<string, number> = {};
  for (const s of scores) verdicts[s.verdict] = (verdicts[s.verdict] ?? 0) + 1;
  const checked = scores.filter((s) => s.spuriousChanges !== null);
  return {
    kind,
    pages: scores.length,
    correct: scores.filter((s) => s.correct).length,
    correctOrNearDuplicate: scores.filter((s) => s.correct || s.nearDuplicate).length,
    verdicts,
    cut: scores.reduce((acc, s) => (s.cut ? addCounts(acc, s.cut) : acc), NO_COUNTS),
    cutPages: scores.filter((s) => s.cut).length,
    added: scores.reduce((acc, s) => (s.added ? addCounts(acc, s.added) : acc), NO_COUNTS),
    spuriousChangePages: checked.filter((s) => (s.spuriousChanges ?? 0) > 0).length,
    changeCheckedPages: checked.length,
    secondSourceFound: scores.filter((s) => s.secondSourceFound).length,
    quoteChangeFound: scores.filter((s) => s.quoteChangeFound).length,
    quoteEdits: quoteEditTally(scores),
    falseSources: scores.filter((s) => s.falseSource).length,
    falseSourcesNearDuplicate: scores.filter((s) => s.falseSource && s.nearDuplicate).length,
    unmapped: scores.reduce((acc, s) => acc + s.unmapped.length, 0),
  };
}

function quoteEditTally(scores: readonly CaseScore[]): KindSummary['quoteEdits'] {
  const tally: KindSummary['quoteEdits'] = {};
  for (const s of scores) {
    if (!s.quoteEdit || s.quoteChangeFound === null) continue;
    const t = (tally[s.quoteEdit] ??= { pages: 0, reported: 0 });
    t.pages++;
    if (s.quoteChangeFound) t.reported++;
  }
  return tally;
}

function note(k: KindSummary): string {
  if (k.kind === 'two-story') return `both stories reported: ${countOf(k.secondSourceFound, k.pages)}`;
  if (k.kind === 'quotes') {
    // A changed word alters what was said; an ellipsis or dropped quote marks keep the speaker's words.
    const altered = k.quoteEdits.word;
    const faithful = ['ellipsis', 'indirect'].flatMap((edit) => {
      const t = k.quoteEdits[edit as keyof typeof k.quoteEdits];
      return t ? [`${edit === 'indirect' ? 'marks dropped' : edit} ${t.reported}/${t.pages}`] : [];
    });
    return `altered quotes reported: ${altered ? `${altered.reported}/${altered.pages}` : '—'}; words kept, wrongly reported: ${faithful.join(', ') || '—'}`;
  }
  return '';
}

/** Share of the negatives called positive: kept sentences called cut, wire sentences called added. */
// Precision and recall only mean something where the generator made positives (cut or added sentences).
function pr(c: Counts): [string, string] {
  if (c.tp + c.fn === 0) return ['—', '—'];
  const { precision, recall } = prf(c);
  return [num(precision), num(recall)];
}

function falseRate(c: Counts): string {
  return c.fp + c.tn === 0 ? '—' : num(c.fp / (c.fp + c.tn));
}

const HEADER = [
  'kind', 'pages', 'top-1', 'top-1 or near-dup', 'cut P', 'cut R', 'kept called cut', 'added P', 'added R',
  'wire called added', 'pages with spurious changes', 'derived/partial/none/error', 'notes',
];

function row(k: KindSummary): string[] {
  const verdicts = ['derived', 'partial', 'none', 'error'].map((v) => k.verdicts[v] ?? 0).join('/');
  if (k.kind === 'not-derived') {
    const falseSources = `false source: ${countOf(k.falseSources, k.pages)}, of which near-duplicate of the held-out story: ${k.falseSourcesNearDuplicate}`;
    return [k.kind, String(k.pages), ...HEADER.slice(2, -2).map(() => '—'), verdicts, falseSources];
  }
  return [
    k.kind, String(k.pages), num(k.correct / k.pages), num(k.correctOrNearDuplicate / k.pages), ...pr(k.cut),
    falseRate(k.cut), ...pr(k.added), falseRate(k.added),
    k.changeCheckedPages ? countOf(k.spuriousChangePages, k.changeCheckedPages) : '—', verdicts, note(k),
  ];
}

export async function runSynthetic(ctx: EvalContext): Promise<EvalOutput> {
  const records = reutersStories(ctx.dataDir);
  const perKind = ctx.limit === undefined ? PER_KIND : Math.ceil(ctx.limit / KINDS.length);
  const cases = generateCases(records, { seed: ctx.seed, perKind }).slice(0, ctx.limit);
  const heldOut = new Set(cases.flatMap((c) => (c.heldOut ? [c.heldOut] : [])));
  const { corpus, ms: buildMs } = buildCorpus(records.filter((r) => !heldOut.has(r.id)));
  const traced = await traceAll(cases, (c) => c.page, corpus);

  const texts = new Map(records.map((r: StoryRecord) => [r.id, r.text]));
  const scores = traced.map((t) => scoreCase(t.item, t.result, (id) => texts.get(id)));
  const kinds = KINDS.filter((k) => scores.some((s) => s.kind === k)).map((k) => summarizeKind(k, scores.filter((s) => s.kind === k)));
  const derived = summarizeKind('all derived', scores.filter((s) => s.kind !== 'not-derived'));
  const timing = timingOf(corpus.size, buildMs, traced);
  const calibration = traced.flatMap((t, i) =>
    t.result?.source ? [{ confidence: t.result.confidence, right: scores[i].correct || scores[i].nearDuplicate }] : [],
  );

  const markdown = [
    `### Synthetic copies of Reuters-21578 stories (${cases.length} pages, seed ${ctx.seed})`,
    '',
    markdownTable(
      HEADER,
      [...kinds, derived].map(row),
    ),
    '',
    `Cut and added sentences are counted over pages whose named source is a true one (${derived.cutPages} derived pages); ` +
      `${scores.reduce((n, s) => n + s.unmapped.length, 0)} engine sentences could not be matched to ground truth by text and are left out.`,
    '',
    'Confidence calibration (pages where a source is named; right = the true story or a near-duplicate of it):',
    '',
    calibrationTable(calibration),
    '',
    timingTable(timing),
  ].join('\n');

  return {
    name: 'synthetic',
    metrics: {
      seed: ctx.seed,
      pages: cases.length,
      heldOut: heldOut.size,
      byKind: Object.fromEntries([...kinds, derived].map((k) => [k.kind, { ...k, cutPrf: prf(k.cut), addedPrf: prf(k.added) }])),
      timing,
      calibration: calibrationBands(calibration),
    },
    markdown,
    failures: traced.flatMap((t, i) => (isFailure(scores[i]) ? [failure(t, scores[i])] : [])),
  };
}

function isFailure(s: CaseScore): boolean {
  if (s.kind === 'not-derived') return s.falseSource;
  return !s.correct || (s.cut !== null && s.cut.fp + s.cut.fn > 0) || (s.added !== null && s.added.fp + s.added.fn > 0) ||
    (s.spuriousChanges ?? 0) > 0 || s.unmapped.length > 0;
}

function failure(t: Traced<SyntheticCase>, score: CaseScore): unknown {
  const r = t.result;
  return {
    score,
    error: t.error,
    page: t.item.page,
    truth: t.item.sources.map((s) => ({ id: s.id, sentences: s.sentences.map((x) => `${x.cut ? 'CUT ' : 'kept'} ${x.text}`) })),
    result: r && {
      verdict: r.verdict,
      source: r.source,
      confidence: r.confidence,
      coverage: r.coverage,
      alternatives: r.alternatives,
      additionalSources: r.additionalSources.map((s) => s.id),
      sourceSentences: r.sourceSentences.map((s) => `${s.status} ${s.text}`),
      pageSentences: r.pageSentences.map((s) => `${s.status} ${s.text}`),
      changes: r.changes,
    },
  };
}
