/** What every corpus parser takes and gives. */
import type { StoryRecord } from '../core/types';
import type { ImportLineError } from '../messages';

export type { ImportLineError };

export type CorpusFormat = 'jsonl' | 'rss' | 'atom' | 'rdf' | 'json-feed' | 'newsml' | 'nitf' | 'html' | 'text';

export interface IngestOptions {
  /** Parses HTML into an inert Document: linkedom in Node (src/extract/node-dom), DOMParser in the extension. */
  parseHtml: (html: string) => Document;
  /** Agency for every story of a file that does not carry its own (ignored for JSONL, whose lines name theirs). */
  agency?: string;
}

/** Stories read from one file, with one error per story that could not be read (the rest are kept). */
export interface ParsedStories {
  records: StoryRecord[];
  errors: ImportLineError[];
  /** `lines[i]` is the line (or element) number `records[i]` came from, 1-based. */
  lines: number[];
}

/** A whole file that cannot be read: unknown format, not well-formed XML, corrupt gzip. */
export class IngestError extends Error {
  override name = 'IngestError';
}
