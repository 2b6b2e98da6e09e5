/**
 * The background's own check of incoming corpus records: the options page parses files with src/ingest, but the
 * background must not trust a message to be well-formed before it writes to the corpus.
 */
import type { StoryRecord } from '../core/types';

const optionalStrings = ['url', 'published', 'dateline'] as const;

/** Why the value is not a usable StoryRecord, or null when it is. */
export function recordProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const record = value as Record<string, unknown>;
  for (const field of ['id', 'agency', 'title', 'text'] as const) {
    if (typeof record[field] !== 'string') return `"${field}" must be a string`;
  }
  if (!(record.id as string).trim()) return '"id" is empty';
  if (!(record.text as string).trim()) return '"text" is empty';
  for (const field of optionalStrings) {
    if (record[field] !== undefined && typeof record[field] !== 'string') return `"${field}" must be a string`;
  }
  if (record.topics !== undefined && !(Array.isArray(record.topics) && record.topics.every((t) => typeof t === 'string'))) {
    return '"topics" must be a list of strings';
  }
  if (record.version !== undefined && !(Number.isInteger(record.version) && (record.version as number) >= 1)) {
    return '"version" must be a whole number from 1';
  }
  if (record.storyId !== undefined && !(typeof record.storyId === 'string' && record.storyId.trim())) return '"storyId" must be a non-empty string';
  return null;
}

/** A copy holding only the StoryRecord fields, so stray properties of a message never reach the database. */
export function cleanRecord(record: StoryRecord): StoryRecord {
  const clean: StoryRecord = { id: record.id, agency: record.agency, title: record.title, text: record.text };
  for (const field of optionalStrings) if (record[field] !== undefined) clean[field] = record[field];
  if (record.topics !== undefined) clean.topics = [...record.topics];
  if (record.version !== undefined) clean.version = record.version;
  if (record.storyId !== undefined) clean.storyId = record.storyId;
  return clean;
}
