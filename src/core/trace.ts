// STUB — being implemented; the signatures are the contract.
import type { CorpusIndex } from './corpus-index';
import type { PageInput, StoryRecord, TraceResult } from './types';

export interface Corpus {
  index: CorpusIndex;
  load(ids: string[]): Promise<StoryRecord[]> | StoryRecord[];
}
export interface TraceOptions { alternatives?: number }

export async function trace(page: PageInput, corpus: Corpus, _options: TraceOptions = {}): Promise<TraceResult> {
  await corpus.load([]);
  return {
    page: page.page, verdict: 'none', source: null, confidence: 0, coverage: 0, reuse: 0,
    sourceSentences: [], pageSentences: page.paragraphs.map((text) => ({ text, status: 'added', source: [] })),
    changes: [], alternatives: [], additionalSources: [],
  };
}
