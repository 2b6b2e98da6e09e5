/**
 * Imports corpus files: read each file batch by batch, send the stories to the background in batches of at most
 * 500 (the next one sent before the last is answered), and gather every bad line (from reading or from the
 * background's validation) with its line number.
 * A bad line never stops the rest of the file. A full storage stops the import: the rest is only read and
 * counted, so the page can say how much of it was stored ("imported N of M").
 */
import type { CorpusBatch } from '../ingest';
import type { ImportLineError, ResponseOf } from '../messages';
import type { Send } from '../ui/send';
import { batchTerms } from './import-terms';

/** Reads one file's stories in batches (parseCorpusBatches with the page's HTML parser). */
export type ParseBatches = (name: string, bytes: Uint8Array, agency: string | undefined) => AsyncIterable<CorpusBatch>;

export interface CorpusFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ImportProgress {
  file: string;
  /** 1-based position of this file among those chosen, and how many were chosen. */
  fileIndex: number;
  fileCount: number;
  /** Stories sent to the background so far, in this file. */
  stories: number;
  /** Bytes of this file read so far, and in all. */
  done: number;
  total: number;
}

export interface FileSummary {
  file: string;
  added: number;
  updated: number;
  /** Stories already stored exactly as the file has them. */
  unchanged: number;
  errors: ImportLineError[];
  /** Stories read from this file (stored or not; bad lines aside). */
  read: number;
  /** Set when the whole file failed (unreadable, unknown format, or the background stopped answering). */
  failure?: string;
  /** The browser's storage was full: this file's stories from then on were not stored. */
  storageFull?: true;
}

/** Stories stored (or already stored) by this import, and stories it read, for "Storage full: imported N of M". */
export function importTotals(summaries: FileSummary[]): { imported: number; read: number } {
  return {
    imported: summaries.reduce((sum, s) => sum + s.added + s.updated + s.unchanged, 0),
    read: summaries.reduce((sum, s) => sum + s.read, 0),
  };
}

export const importBatchSize = 500;
/**
 * Batches sent before the oldest is answered: the background then reads and tokenises batch n+1 while it waits on
 * IndexedDB for batch n, and this page reads the file meanwhile. It handles them in order; two keep it busy.
 */
export const importBatchesInFlight = 2;

export interface ImportDeps {
  send: Send;
  parse: ParseBatches;
  onProgress(progress: ImportProgress): void;
  /** Agency for stories whose file does not name one. */
  agency?: string;
}

/** A batch sent and not yet accounted for: its size, the file's progress when it was sent, and its answer. */
interface SentBatch {
  stories: number;
  done: number;
  total: number;
  reply: Promise<ResponseOf<'import-records'> | Error>;
}

export async function importFiles(files: CorpusFile[], deps: ImportDeps): Promise<FileSummary[]> {
  const summaries: FileSummary[] = [];
  for (const [i, file] of files.entries()) {
    const progress: ImportProgress = { file: file.name, fileIndex: i + 1, fileCount: files.length, stories: 0, done: 0, total: 0 };
    summaries.push(await importFile(file, progress, summaries.some((summary) => summary.storageFull), deps));
  }
  return summaries;
}

/** One file; once the storage is `full` (in this file or an earlier one) its stories are only read and counted. */
async function importFile(file: CorpusFile, progress: ImportProgress, full: boolean, deps: ImportDeps): Promise<FileSummary> {
  const summary: FileSummary = { file: file.name, added: 0, updated: 0, unchanged: 0, errors: [], read: 0, ...(full ? { storageFull: true } : {}) };
  deps.onProgress({ ...progress });
  const importId = crypto.randomUUID();
  const sent: SentBatch[] = [];
  // A batch came back failed or storage full: the background refused the ones sent after it (same importId).
  let stopped = full;
  /** Accounts for the oldest batch sent, in the order sent, so errors and progress come as without pipelining. */
  const answered = async (batch: SentBatch) => {
    const reply = await batch.reply;
    if (stopped) return;
    if (reply instanceof Error) {
      stopped = true;
      summary.failure ??= reply.message;
    } else if (reply.storageFull) {
      stopped = true;
      summary.storageFull = true;
    } else {
      summary.added += reply.added;
      summary.updated += reply.updated;
      summary.unchanged += batch.stories - reply.added - reply.updated - reply.errors.length;
      summary.errors.push(...reply.errors);
      progress.stories += batch.stories;
      deps.onProgress({ ...progress, done: batch.done, total: batch.total });
    }
  };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    for await (const batch of deps.parse(file.name, bytes, deps.agency)) {
      summary.errors.push(...batch.errors);
      summary.read += batch.records.length;
      // Documents other than JSONL arrive as one batch of any size: the background still gets at most 500 at once.
      for (let start = 0; start < batch.records.length && !stopped; start += importBatchSize) {
        const records = batch.records.slice(start, start + importBatchSize);
        // Ready before the oldest answer comes, so the worker has the next batch as soon as it can take one.
        const terms = await batchTerms(records);
        if (sent.length >= importBatchesInFlight) await answered(sent.shift()!);
        if (stopped) break;
        const reply = deps
          .send('import-records', { records, lines: batch.lines.slice(start, start + importBatchSize), importId, terms })
          .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
        sent.push({ stories: records.length, done: batch.done, total: batch.total, reply });
      }
      // A failed batch ends the file; a full storage lets it be read to the end, to say how much was not stored.
      if (summary.failure !== undefined) break;
      Object.assign(progress, { done: batch.done, total: batch.total });
    }
  } catch (error) {
    summary.failure = error instanceof Error ? error.message : String(error);
  }
  while (sent.length > 0) await answered(sent.shift()!);
  summary.errors.sort((a, b) => a.line - b.line);
  return summary;
}
