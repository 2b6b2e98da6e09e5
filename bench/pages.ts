/** The benchmark pages: synthetic derived copies (scripts/synth) of stories in the 1k sample, every kind of copy. */
import type { PageInput, StoryRecord } from '../src/core/types';
import { generateCases, KINDS } from '../scripts/synth/index';

export interface BenchPage {
  page: PageInput;
  /** The story the page was made from (main source). */
  source: string;
}

// Pages that derive from nothing need their story removed from the corpus; the bench keeps corpora whole.
const DERIVED_KINDS = KINDS.filter((kind) => kind !== 'not-derived');

export function benchPages(stories: readonly StoryRecord[], perKind: number, seed: number): BenchPage[] {
  return generateCases(stories, { seed, perKind, kinds: DERIVED_KINDS }).map((c) => ({ page: c.page, source: c.sources[0].id }));
}
