/**
 * The baseline trace is measured against: compare the page with every story of the corpus and take the one with the
 * highest reuse x coverage.
 */
import { compare } from '../src/core/index';
import type { StoryRecord } from '../src/core/types';
import type { BenchPage } from './pages';
import { timed } from './stats';

export interface BruteForceRun {
  pages: number;
  msPerPage: number;
  /** Best story per page (null when nothing shares a sentence). */
  best: Array<string | null>;
}

function bestStory(stories: readonly StoryRecord[], page: BenchPage): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const story of stories) {
    const { reuse, coverage } = compare(story.text, page.page);
    if (reuse * coverage > bestScore) {
      bestScore = reuse * coverage;
      best = story.id;
    }
  }
  return best;
}

export async function bruteForce(stories: readonly StoryRecord[], pages: readonly BenchPage[]): Promise<BruteForceRun> {
  const best: Array<string | null> = [];
  const { ms } = await timed(() => {
    for (const page of pages) best.push(bestStory(stories, page));
  });
  return { pages: pages.length, msPerPage: ms / pages.length, best };
}
