/**
 * Retention: the user's limits on the corpus — keep stories N days, use at most N MB — enforced by deleting the
 * oldest stories (by their newest version's publication time, else import time), every version of each.
 * Runs after imports (the options page asks) and daily (alarm).
 */
import type { Settings } from '../messages';
import type { CorpusService } from './corpus-service';
import type { StoryStore } from './story-store';

export type RetentionLimits = Pick<Settings, 'keepDays' | 'maxMegabytes'>;

export interface DatedStory {
  id: string;
  /** UTC ISO date the story is aged by. */
  dated: string;
  /** Bytes of its text, every version. */
  bytes: number;
}

const dayMs = 86_400_000;
const megabyte = 1024 * 1024;

/**
 * The stories beyond the limits, from `stories` listed oldest first. `overhead` scales text bytes to what the
 * corpus takes with its search index ((text + index) / text), so "N MB" means storage, not only text.
 */
export function storiesBeyondLimits(stories: DatedStory[], limits: RetentionLimits, now: number, overhead = 1): string[] {
  const cutoff = limits.keepDays ? new Date(now - limits.keepDays * dayMs).toISOString() : '';
  let kept = stories.reduce((sum, story) => sum + story.bytes, 0) * overhead;
  const budget = limits.maxMegabytes ? limits.maxMegabytes * megabyte : Infinity;
  const beyond: string[] = [];
  for (const story of stories) {
    if (story.dated >= cutoff && kept <= budget) break;
    beyond.push(story.id);
    kept -= story.bytes * overhead;
  }
  return beyond;
}

export class Retention {
  constructor(
    private readonly store: StoryStore,
    private readonly corpus: CorpusService,
    private readonly limits: () => Promise<RetentionLimits>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Deletes the stories beyond the limits now; returns how many went. */
  async enforce(): Promise<number> {
    const limits = await this.limits();
    if (!limits.keepDays && !limits.maxMegabytes) return 0;
    const [stories, indexBytes] = await Promise.all([this.store.datedStories(), this.store.indexBytes()]);
    const textBytes = stories.reduce((sum, story) => sum + story.bytes, 0);
    const overhead = textBytes > 0 ? (textBytes + indexBytes) / textBytes : 1;
    const beyond = storiesBeyondLimits(stories, limits, this.now(), overhead);
    return beyond.length > 0 ? this.corpus.delete(beyond) : 0;
  }
}
