/** The benchmark pages: synthetic derived copies (scripts/synth) of stories in the 1k sample, every kind of copy. */
import type { PageInput, StoryRecord } from '../src/core/types';
import { generateCases, KINDS } from '../scripts/synth/index';

export interface BenchPage {
  page: PageInput;
  /** The story the page was made from (main source). */
  source: string;
  /** Every story it was made from (two-story pages have two). */
  sources: string[];
}

// Pages that derive from nothing need their story removed from the corpus; the bench keeps corpora whole.
const DERIVED_KINDS = KINDS.filter((kind) => kind !== 'not-derived');

export function benchPages(stories: readonly StoryRecord[], perKind: number, seed: number): BenchPage[] {
  return generateCases(stories, { seed, perKind, kinds: DERIVED_KINDS }).map((c) => ({
    page: c.page,
    source: c.sources[0].id,
    sources: c.sources.map((source) => source.id),
  }));
}

/**
 * Pages traced before the timed ones, so "warm" means a tracer in its steady state — the JIT has compiled the
 * engine's hot paths — and not one still compiling them during the first timed pages. The same kinds of copy,
 * made from other stories: no timed page's stories are in the tracer's caches because of them.
 */
export function warmUpPages(stories: readonly StoryRecord[], timed: readonly BenchPage[], perKind: number, seed: number): BenchPage[] {
  const used = new Set(timed.flatMap((page) => page.sources));
  return benchPages(stories.filter((story) => !used.has(story.id)), perKind, seed + 1);
}
