/** Building corpus records with fields in one order, so equal stories serialise to equal lines. */
import type { StoryRecord } from '../core/types';

/** What a parser finds about a story besides its paragraphs. */
export type StoryFields = Omit<StoryRecord, 'text'>;

/** The StoryRecord fields of `record` in a fixed order, leaving out those that are undefined. */
export function recordOf(record: StoryRecord): StoryRecord {
  const clean: StoryRecord = { id: record.id, agency: record.agency, title: record.title, text: record.text };
  if (record.url !== undefined) clean.url = record.url;
  if (record.published !== undefined) clean.published = record.published;
  if (record.dateline !== undefined) clean.dateline = record.dateline;
  if (record.topics !== undefined) clean.topics = record.topics;
  if (record.version !== undefined) clean.version = record.version;
  if (record.storyId !== undefined) clean.storyId = record.storyId;
  return clean;
}

/**
 * A record from what a parser found in a feed, page or XML file: paragraphs become `text` (blank-line
 * separated, as corpus records hold them), and empty optional fields are left out.
 */
export function buildRecord(fields: StoryFields, paragraphs: string[]): StoryRecord {
  return recordOf({
    ...fields,
    url: fields.url || undefined,
    published: fields.published || undefined,
    dateline: fields.dateline || undefined,
    topics: fields.topics?.length ? fields.topics : undefined,
    text: paragraphs.join('\n\n'),
  });
}
