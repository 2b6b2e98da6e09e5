/**
 * Imports corpus files: parse each file, send its stories to the background in batches, and gather every
 * bad line (from parsing or from the background's validation) with its line number. A bad line never
 * stops the rest of the file.
 */
import type { StoryRecord } from '../core/types';
import type { ImportLineError } from '../messages';
import type { Send } from '../ui/send';

export interface ParsedCorpus {
  records: StoryRecord[];
  errors: ImportLineError[];
  /** `lines[i]` is the source line (or element) number of `records[i]`. */
  lines?: number[];
}

export type ParseCorpus = (name: string, bytes: Uint8Array) => ParsedCorpus | Promise<ParsedCorpus>;

export interface CorpusFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ImportProgress {
  file: string;
  /** 1-based position of this file among those chosen, and how many were chosen. */
  fileIndex: number;
  fileCount: number;
  phase: 'reading' | 'sending';
  sent: number;
  total: number;
}

export interface FileSummary {
  file: string;
  added: number;
  updated: number;
  /** Stories already stored exactly as the file has them. */
  unchanged: number;
  errors: ImportLineError[];
  /** Set when the whole file failed (unreadable, or the background stopped answering). */
  failure?: string;
}

export const importBatchSize = 500;

export async function importFiles(
  files: CorpusFile[],
  deps: { send: Send; parse: ParseCorpus; onProgress(progress: ImportProgress): void },
): Promise<FileSummary[]> {
  const summaries: FileSummary[] = [];
  for (const [i, file] of files.entries()) {
    const base = { file: file.name, fileIndex: i + 1, fileCount: files.length };
    const summary: FileSummary = { file: file.name, added: 0, updated: 0, unchanged: 0, errors: [] };
    summaries.push(summary);
    try {
      deps.onProgress({ ...base, phase: 'reading', sent: 0, total: 0 });
      const parsed = await deps.parse(file.name, new Uint8Array(await file.arrayBuffer()));
      summary.errors.push(...parsed.errors);
      for (let start = 0; start < parsed.records.length; start += importBatchSize) {
        deps.onProgress({ ...base, phase: 'sending', sent: start, total: parsed.records.length });
        const records = parsed.records.slice(start, start + importBatchSize);
        // Without source line numbers, the background numbers errors by position in the batch; make that the file position.
        const lines = parsed.lines?.slice(start, start + importBatchSize) ?? records.map((_, k) => start + k + 1);
        const reply = await deps.send('import-records', { records, lines });
        summary.added += reply.added;
        summary.updated += reply.updated;
        summary.unchanged += records.length - reply.added - reply.updated - reply.errors.length;
        summary.errors.push(...reply.errors);
      }
      deps.onProgress({ ...base, phase: 'sending', sent: parsed.records.length, total: parsed.records.length });
    } catch (error) {
      summary.failure = error instanceof Error ? error.message : String(error);
    }
    summary.errors.sort((a, b) => a.line - b.line);
  }
  return summaries;
}
