/** Corpus files of the data directory, as StoryRecords. */
import { join } from 'node:path';
import type { StoryRecord } from '../../src/core/types';
import { readJsonl } from './jsonl';

export function isStoryRecord(value: unknown): value is StoryRecord {
  const r = value as Partial<StoryRecord> | null;
  return typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.text === 'string' &&
    typeof r.title === 'string' && typeof r.agency === 'string';
}

let reuters: StoryRecord[] | undefined;

/** The 19,043 Reuters-21578 stories; read once per process (several evaluations use them). */
export function reutersStories(dataDir: string): StoryRecord[] {
  reuters ??= readJsonl(join(dataDir, 'reuters21578.jsonl.gz'), isStoryRecord);
  return reuters;
}
