/**
 * Real reprints (helsinki-dev): pages of 75 publishers covering the July 2018 Helsinki summit, traced against the 40
 * cluster stories plus all of Reuters-21578. A reprint is found when the verdict is derived or partial and the named
 * source is its expected story; an original gets a false source when the verdict is anything but none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TraceResult } from '../../src/core/types';
import { extractHtml, pageInputOf } from './html-page';
import { interleaveBy } from './interleave';
import { readJsonl } from './jsonl';
import { NEAR_DUPLICATE, storySimilarity } from './similarity';
import { isStoryRecord, reutersStories } from './stories';
import { countOf, markdownTable } from './table';
import { buildCorpus, timingOf, timingTable, traceAll, type Traced } from './tracing';
import type { EvalContext, EvalOutput } from './types';

export interface HelsinkiCase {
  id: string;
  kind: 'reprint' | 'original';
  page: string;
  expected_source: string | null;
}

function isCase(value: unknown): value is HelsinkiCase {
  const c = value as Partial<HelsinkiCase> | null;
  return typeof c === 'object' && c !== null && typeof c.id === 'string' && typeof c.page === 'string' &&
    (c.kind === 'reprint' ? typeof c.expected_source === 'string' : c.kind === 'original');
}

type Outcome = 'correct' | 'near-duplicate' | 'wrong source' | 'none' | 'no article' | 'error';

function outcomeOf(c: HelsinkiCase, t: Traced<unknown>, similarity: (a: string, b: string) => number): Outcome {
  if (t.error) return 'error';
  const r = t.result;
  if (!r) return 'no article';
  if (r.verdict === 'none' || !r.source) return 'none';
  if (c.kind === 'original') return 'wrong source';
  if (r.source.id === c.expected_source) return 'correct';
  return similarity(c.expected_source!, r.source.id) >= NEAR_DUPLICATE ? 'near-duplicate' : 'wrong source';
}

export async function runHelsinki(ctx: EvalContext): Promise<EvalOutput> {
  const dir = join(ctx.dataDir, 'helsinki-dev');
  const stories = readJsonl(join(dir, 'corpus.jsonl'), isStoryRecord);
  const all = [...stories, ...reutersStories(ctx.dataDir)];
  const texts = new Map(all.map((r) => [r.id, r.text]));
  const cases = interleaveBy(readJsonl(join(dir, 'cases.jsonl'), isCase), (c) => c.kind).slice(0, ctx.limit);

  const { corpus, ms: buildMs } = buildCorpus(all);
  const extracted = new Map(cases.map((c) => [c.id, extractHtml(readFileSync(join(dir, c.page), 'utf8'))]));
  const withPage = cases.map((c) => ({ c, page: pageInputOf(extracted.get(c.id) ?? null, c.id) }));
  const articles = withPage.filter((x) => x.page !== null);
  const traced = await traceAll(articles, (x) => x.page!, corpus);
  const byId = new Map(traced.map((t) => [t.item.c.id, t]));
  const similarity = (a: string, b: string): number => storySimilarity(texts.get(a) ?? '', texts.get(b) ?? '');
  const noArticle: Traced<unknown> = { item: null, result: null, ms: 0 };
  const outcomes = cases.map((c) => ({ c, t: byId.get(c.id) ?? noArticle, outcome: outcomeOf(c, byId.get(c.id) ?? noArticle, similarity) }));

  const reprints = outcomes.filter((o) => o.c.kind === 'reprint');
  const originals = outcomes.filter((o) => o.c.kind === 'original');
  const tally = (list: typeof outcomes, outcome: Outcome) => list.filter((o) => o.outcome === outcome).length;
  const verdictCounts = (list: typeof outcomes) => {
    const counts: Record<string, number> = { derived: 0, partial: 0, none: 0, 'no article': 0, error: 0 };
    for (const o of list) {
      const key = o.outcome === 'no article' || o.outcome === 'error' ? o.outcome : o.t.result!.verdict;
      counts[key]++;
    }
    return counts;
  };
  const falseFromHelsinki = originals.filter((o) => o.outcome === 'wrong source' && o.t.result!.source!.id.startsWith('helsinki-')).length;
  const timing = timingOf(corpus.size, buildMs, traced);
  const accuracy = reprints.length ? tally(reprints, 'correct') / reprints.length : null;
  const falseRate = originals.length ? tally(originals, 'wrong source') / originals.length : null;

  const vc = [verdictCounts(reprints), verdictCounts(originals)];
  const markdown = [
    `### Real reprints: helsinki-dev (${reprints.length} reprints, ${originals.length} originals; corpus ${corpus.size} stories)`,
    '',
    markdownTable(
      ['measure', 'value'],
      [
        ['source accuracy on reprints', countOf(tally(reprints, 'correct'), reprints.length)],
        ['… or a near-duplicate of the expected story', countOf(tally(reprints, 'correct') + tally(reprints, 'near-duplicate'), reprints.length)],
        ['reprints with a wrong source', countOf(tally(reprints, 'wrong source'), reprints.length)],
        ['reprints with verdict none', countOf(tally(reprints, 'none'), reprints.length)],
        ['false-source rate on originals', countOf(tally(originals, 'wrong source'), originals.length)],
        ['… of which the source is a Helsinki story', String(falseFromHelsinki)],
        ['pages with no article extracted', String(tally(outcomes, 'no article'))],
      ],
    ),
    '',
    markdownTable(
      ['kind', 'derived', 'partial', 'none', 'no article', 'error'],
      (['reprint', 'original'] as const).map((kind, i) => [kind, ...['derived', 'partial', 'none', 'no article', 'error'].map((k) => String(vc[i][k]))]),
    ),
    '',
    timingTable(timing),
  ].join('\n');

  return {
    name: 'helsinki',
    metrics: {
      reprints: reprints.length,
      originals: originals.length,
      sourceAccuracy: accuracy,
      outcomes: {
        reprint: Object.fromEntries((['correct', 'near-duplicate', 'wrong source', 'none', 'no article', 'error'] as const).map((o) => [o, tally(reprints, o)])),
        original: Object.fromEntries((['wrong source', 'none', 'no article', 'error'] as const).map((o) => [o, tally(originals, o)])),
      },
      falseSourceRate: falseRate,
      verdicts: { reprint: vc[0], original: vc[1] },
      timing,
    },
    markdown,
    failures: outcomes
      .filter((o) => o.outcome !== (o.c.kind === 'reprint' ? 'correct' : 'none'))
      .map((o) => failure(o.c, o.outcome, o.t.result, o.t.error)),
  };
}

function failure(c: HelsinkiCase, outcome: Outcome, r: TraceResult | null, error?: string): unknown {
  return {
    case: c,
    outcome,
    error,
    result: r && {
      verdict: r.verdict,
      source: r.source,
      confidence: r.confidence,
      coverage: r.coverage,
      reuse: r.reuse,
      alternatives: r.alternatives,
      pageSentences: r.pageSentences.map((s) => `${s.status} ${s.text}`),
    },
  };
}
