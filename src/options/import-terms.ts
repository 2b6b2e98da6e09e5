/**
 * The index terms of a batch's stories, computed in the options page and sent with the batch: the page idles
 * through an import, while tokenising was the largest part of the worker's work. The page yields every few
 * milliseconds, so it stays responsive while it does this.
 */
import { storyTerms } from '../core/story-terms';
import type { StoryRecord } from '../core/types';
import { termsToText } from '../ingest/terms-text';

const SLICE_MS = 12;

export async function batchTerms(records: readonly StoryRecord[]): Promise<string[]> {
  const terms: string[] = [];
  let sliceStart = performance.now();
  for (const record of records) {
    terms.push(termsToText(storyTerms(record)));
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  return terms;
}
