/** Trace latency with the index built (warm) and with the persisted index loaded first (cold). */
import { CorpusIndex, trace, type Corpus, type TraceResult } from '../src/core/index';
import type { StoryRecord } from '../src/core/types';
import type { BenchPage } from './pages';
import { latencyOf, timed, type Latency } from './stats';

export interface WarmRun {
  latency: Latency;
  /** `index.query` alone (retrieval without alignment), same pages. */
  retrieval: Latency;
  results: TraceResult[];
  /** Pages whose reported source is the story they were made from. */
  rightSource: number;
}

/** A corpus whose stories sit in a Map, as the extension's IndexedDB store hands back records by id. */
export function corpusOf(index: CorpusIndex, byId: ReadonlyMap<string, StoryRecord>): Corpus {
  return { index, load: (ids) => ids.flatMap((id) => byId.get(id) ?? []) };
}

export async function warmTrace(corpus: Corpus, pages: readonly BenchPage[], warmUp: readonly BenchPage[]): Promise<WarmRun> {
  for (const { page } of warmUp) await trace(page, corpus); // not measured (see warmUpPages)
  const samples: number[] = [];
  const results: TraceResult[] = [];
  for (const { page } of pages) {
    const { value, ms } = await timed(() => trace(page, corpus));
    samples.push(ms);
    results.push(value);
  }
  const retrieval: number[] = [];
  for (const { page } of pages) retrieval.push((await timed(() => corpus.index.query(page))).ms);
  const rightSource = results.filter((r, i) => r.source?.id === pages[i].source).length;
  return { latency: latencyOf(samples), retrieval: latencyOf(retrieval), results, rightSource };
}

/** Load the persisted index from its bytes, then trace one page: what the first trace after a restart costs. */
export async function coldTrace(bytes: Uint8Array, byId: ReadonlyMap<string, StoryRecord>, pages: readonly BenchPage[]): Promise<Latency> {
  const samples: number[] = [];
  for (const { page } of pages) {
    const copy = bytes.slice(); // fresh bytes, as read from storage
    const { ms } = await timed(() => trace(page, corpusOf(CorpusIndex.deserialize(copy), byId)));
    samples.push(ms);
  }
  return latencyOf(samples);
}
