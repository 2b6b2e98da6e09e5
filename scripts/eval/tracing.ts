/** Builds a corpus and traces pages through the public engine API, timing both (one index, many pages). */
import { MemoryCorpus, trace, type PageInput, type StoryRecord, type TraceResult } from '../../src/core/index';
import { summarize, type Summary } from './metrics';
import { markdownTable, ms } from './table';

export interface Traced<T> {
  item: T;
  result: TraceResult | null;
  /** The engine's exception, when it threw (the page counts as a miss). */
  error?: string;
  ms: number;
}

export interface TraceTiming {
  corpusStories: number;
  indexBuildMs: number;
  pages: number;
  traceMs: Summary;
}

export function buildCorpus(records: readonly StoryRecord[]): { corpus: MemoryCorpus; ms: number } {
  const start = performance.now();
  const corpus = new MemoryCorpus(records);
  return { corpus, ms: performance.now() - start };
}

export async function traceAll<T>(items: readonly T[], pageOf: (item: T) => PageInput, corpus: MemoryCorpus): Promise<Traced<T>[]> {
  const traced: Traced<T>[] = [];
  for (const item of items) {
    const start = performance.now();
    try {
      const result = await trace(pageOf(item), corpus);
      traced.push({ item, result, ms: performance.now() - start });
    } catch (error) {
      traced.push({ item, result: null, error: String((error as Error).stack ?? error), ms: performance.now() - start });
    }
  }
  return traced;
}

export function timingOf(corpusStories: number, indexBuildMs: number, traced: readonly Traced<unknown>[]): TraceTiming {
  return { corpusStories, indexBuildMs, pages: traced.length, traceMs: summarize(traced.map((t) => t.ms)) };
}

export function timingTable(t: TraceTiming): string {
  return markdownTable(
    ['corpus stories', 'index build (s)', 'pages traced', 'trace mean (ms)', 'p50 (ms)', 'p95 (ms)', 'max (ms)'],
    [[String(t.corpusStories), (t.indexBuildMs / 1000).toFixed(2), String(t.pages), ms(t.traceMs.mean), ms(t.traceMs.p50), ms(t.traceMs.p95), ms(t.traceMs.max)]],
  );
}
