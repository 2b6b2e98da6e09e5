/** Reads every corpus file given on the command line into story records, reporting bad lines as it goes. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoryRecord } from '../core';
import { IngestError, isCorpusFileName, parseCorpusBytes } from '../ingest';
import { assignVersions, noStories } from '../ingest/versions';
import { parseHtml } from '../extract/node-dom';
import { UsageError } from './args';

export interface LoadedCorpus {
  records: StoryRecord[];
  files: string[];
}

/**
 * Story versions are assigned as the extension's import does (src/ingest/versions), in file order.
 * `warn` gets one `file:line: reason` per malformed record and one line per unreadable file; a missing path or a
 * corpus without a single record is a UsageError.
 */
export async function loadCorpus(paths: string[], warn: (line: string) => void): Promise<LoadedCorpus> {
  const files = (await Promise.all(paths.map(expand))).flat();
  const records: StoryRecord[] = [];
  for (const file of files) {
    try {
      const result = await parseCorpusBytes(file, await readFile(file), { parseHtml });
      for (const error of result.errors) warn(`${file}:${error.line}: ${error.reason}`);
      records.push(...result.records);
    } catch (error) {
      // One unreadable file (unknown format, corrupt gzip) must not lose the others; its message names it.
      if (!(error instanceof IngestError)) throw error;
      warn(`wiretrace: ${error.message}`);
    }
  }
  if (records.length === 0) throw new UsageError(`no corpus records found in ${paths.join(', ')}`);
  // Records sharing an id or URL (the same story delivered again, in later files) are versions of one story.
  return { records: (await assignVersions(records, noStories)).put, files };
}

async function expand(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new UsageError(`corpus not found: ${path}`);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && isCorpusFileName(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
