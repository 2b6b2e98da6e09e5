/** Corpus export: one record per line, fields in a fixed order, readable back by parseCorpusBytes unchanged. */
import type { StoryRecord } from '../core/types';
import { recordOf } from './story-record';

/** One JSONL line (no newline) for a record; fields other than StoryRecord's are left out. */
export function toJsonlLine(record: StoryRecord): string {
  return JSON.stringify(recordOf(record));
}

/** The records as JSONL text, each line ending in a newline. */
export function toJsonl(records: Iterable<StoryRecord>): string {
  let text = '';
  for (const record of records) text += `${toJsonlLine(record)}\n`;
  return text;
}
