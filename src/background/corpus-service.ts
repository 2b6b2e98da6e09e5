/**
 * The corpus as the background uses it: stories in IndexedDB plus the engine's index held in memory while the
 * worker lives. The index is read from storage on first need (not rebuilt from every story on every wake) and
 * written back shortly after changes; a dirty flag written with each story change makes a worker that died before
 * writing it rebuild instead of trusting a stale index.
 */
import { CorpusIndex, trace, type Corpus } from '../core/index';
import type { PageInput, StoryRecord, TraceResult } from '../core/types';
import type { ImportLineError } from '../messages';
import { validateRecord } from '../ingest/validate-record';
import { termsFromText } from '../ingest/terms-text';
import { storyTerms } from '../core/story-terms';
import { assignVersions, type VersionPlan } from '../ingest/versions';
import { isQuotaError } from './retention-quota';
import type { StoryStore } from './story-store';
import { BatchPrep } from './batch-prep';
import { storedStories } from './versions-lookup';

export interface ImportOutcome {
  /** New stories, and stories that got a new version or changed details (src/ingest/versions). */
  added: number;
  updated: number;
  errors: ImportLineError[];
  /** The browser's storage quota was reached: none of this batch was stored, and the corpus is as it was before it. */
  storageFull?: true;
}

export interface ImportBatchOptions {
  /** The source line (or element) number of each record, for error reports. */
  lines?: number[];
  /** Shared by the batches of one import (see importRecords). */
  importId?: string;
  /** Each record's index terms as the sender computed them (src/ingest/terms-text); malformed ones are ignored. */
  terms?: unknown[];
}

export interface CorpusServiceOptions {
  /** Wait this long after the last change before writing the index, so an import of many batches writes it once. */
  persistDelayMs?: number;
  /** Awaited after every change to the stories (cached trace results are stale then). */
  onChange?: () => Promise<void>;
}

export class CorpusService {
  /** Where this worker's index came from: read from storage, or rebuilt from the stories. */
  indexSource: 'not-loaded' | 'stored' | 'rebuilt' = 'not-loaded';
  /** Bumped on every change, so a trace that ran across a change is not cached. */
  generation = 0;
  private index: Promise<CorpusIndex> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private persistTimer: ReturnType<typeof setTimeout> | undefined;
  private unsaved = false;
  /** Tasks queued or running in `serial`. */
  private pending = 0;
  /** The story count, read once per change: IndexedDB counts by walking every key (some 90 ms at 100k stories). */
  private counted: Promise<number> | null = null;
  /** The last import one of whose batches failed, and the error its later batches get. */
  private stoppedImport: { id: string; error: unknown } | undefined;
  /** Counts changes to the index's stories, so a search made ahead knows whether it still holds. */
  private indexState = 0;
  /** Import batches waiting for their turn, oldest first, each preparing its work meanwhile. */
  private readonly waiting: BatchPrep[] = [];

  constructor(
    private readonly store: StoryStore,
    private readonly options: CorpusServiceOptions = {},
  ) {}

  /** Every story change goes through this service, so the count it read stays true until the next one. */
  count(): Promise<number> {
    this.counted ??= this.store.count().catch((error: unknown) => {
      this.counted = null;
      throw error;
    });
    return this.counted;
  }

  async trace(page: PageInput): Promise<TraceResult> {
    const index = await this.loadedIndex();
    const corpus: Corpus = { index, load: (ids) => this.store.load(ids) };
    return trace(page, corpus);
  }

  /**
   * `importId` names the import a batch belongs to: the options page sends a batch before the previous one is
   * answered, so once one of an import's batches fails (or finds the storage full) its later batches get the same
   * answer and nothing after the failure is stored, as when the page waited for each answer.
   */
  async importRecords(records: unknown[], { lines, importId, terms }: ImportBatchOptions = {}): Promise<ImportOutcome> {
    const errors: ImportLineError[] = [];
    const valid: StoryRecord[] = [];
    // The options page validated these with the same code, but a message is not trusted before it reaches the
    // corpus; validation also drops stray properties.
    records.forEach((record, i) => {
      const checked = validateRecord(record);
      if ('problem' in checked) {
        errors.push({ line: lines?.[i] ?? i + 1, reason: checked.problem });
        return;
      }
      valid.push(checked.record);
      // Terms the sender computed spare the worker the largest cost of an import. Only the extension's own pages
      // can send this message (router.ts checks the sender); terms that did not fit the story could only mislead
      // retrieval for it, never change what is stored.
      const sent = termsFromText(terms?.[i]);
      if (sent) storyTerms.remember(checked.record, sent);
    });
    const prep = new BatchPrep(valid);
    this.waiting.push(prep);
    const leaveWaiting = () => {
      if (this.waiting.includes(prep)) this.waiting.splice(this.waiting.indexOf(prep), 1);
    };
    // The prep goes on until the batch needs its candidates: the batch's first reads wait on the commit before.
    const ahead = () => {
      prep.stop();
      return prep.indexState === this.indexState ? prep.candidates : undefined;
    };
    let plan;
    try {
      const index = await this.loadedIndex();
      plan = await this.serial(() => {
        leaveWaiting();
        return this.storeBatch(valid, index, importId, ahead);
      });
    } catch (error) {
      if (isQuotaError(error)) return { added: 0, updated: 0, errors, storageFull: true };
      throw error;
    } finally {
      leaveWaiting();
      prep.stop();
    }
    if (plan.put.length > 0) await this.changed();
    return { added: plan.added, updated: plan.updated, errors };
  }

  /**
   * Assigns the batch's versions and stores it, in one transaction. The index learns the records as they are
   * written, so the next batch's prep can search it for earlier versions while IndexedDB writes and commits this
   * one; if that fails, the index forgets them again. `ahead`: the text candidates this batch's prep found, if the
   * index is still as it searched it.
   */
  private async storeBatch(
    valid: StoryRecord[],
    index: CorpusIndex,
    importId: string | undefined,
    ahead: () => ReadonlyMap<StoryRecord, string[]> | undefined,
  ): Promise<VersionPlan> {
    if (importId !== undefined && this.stoppedImport?.id === importId) throw this.stoppedImport.error;
    let learned: string[] = [];
    try {
      // One transaction for the whole batch: the version lookups (a few reads per record) would otherwise each
      // open their own, and a 20,000-story import spent most of its time opening and committing them.
      return await this.store.inTransaction(async () => {
        const versions = await assignVersions(valid, await storedStories(this.store, index, valid, ahead));
        const written = this.store.put(versions.put);
        // Records replacing one of the same id have its title and text (src/ingest/versions): the same terms.
        learned = versions.put.filter((record) => !index.has(record.id)).map((record) => record.id);
        for (const record of versions.put) index.add(record);
        this.indexState += 1;
        this.waiting[0]?.searchAhead(index, this.indexState);
        await written;
        return versions;
      });
    } catch (error) {
      if (importId !== undefined) this.stoppedImport = { id: importId, error };
      if (learned.length > 0) {
        for (const id of learned) index.remove(id);
        this.indexState += 1;
      }
      throw error;
    }
  }

  /** Deletes stories by id, every version of each; returns how many stories were deleted. */
  async delete(ids: string[]): Promise<number> {
    const index = await this.loadedIndex();
    const deleted = await this.serial(async () => {
      const gone = await this.store.delete(ids);
      for (const id of gone.records) index.remove(id);
      this.indexState += 1;
      return gone.stories;
    });
    if (deleted.length > 0) await this.changed();
    return deleted.length;
  }

  async clear(): Promise<void> {
    await this.serial(async () => {
      await this.store.clear();
      this.index = Promise.resolve(new CorpusIndex());
      this.indexState += 1;
    });
    await this.changed();
  }

  /** Writes the index now if it has unsaved changes (also what the delayed write runs). */
  flush(): Promise<void> {
    clearTimeout(this.persistTimer);
    return this.serial(async () => {
      if (!this.unsaved || !this.index) return;
      this.unsaved = false;
      const index = await this.index;
      // As readIndex: an empty corpus has nothing worth storing (after a clear, the stored index stays cleared).
      if (index.size > 0) await this.store.saveIndex(index.serialize(), index.size);
    });
  }

  /** The in-memory index, read from storage (or rebuilt) on first need. */
  loadedIndex(): Promise<CorpusIndex> {
    this.index ??= this.serial(() => this.readIndex()).catch((error: unknown) => {
      this.index = null;
      throw error;
    });
    return this.index;
  }

  /**
   * The stored index is current unless flagged stale: every story change sets the flag in its own transaction
   * (StoryStore), so the flag cannot miss one. Counting the records to check it walked every key: at 100,000 stories
   * that took longer than reading the index itself (cold trace 640 → 270 ms in the bench of 2026-12-03).
   */
  private async readIndex(): Promise<CorpusIndex> {
    const saved = await this.store.loadIndex();
    if (saved && !saved.dirty) {
      const index = deserialized(saved.bytes);
      if (index?.size === saved.stories) {
        this.indexSource = 'stored';
        return index;
      }
    }
    const index = new CorpusIndex();
    await this.store.each((story) => index.add(story));
    // An empty corpus has nothing worth storing; its index is saved with the first stories.
    if (index.size > 0) await this.store.saveIndex(index.serialize(), index.size);
    this.indexSource = 'rebuilt';
    return index;
  }

  private async changed(): Promise<void> {
    this.generation += 1;
    this.counted = null;
    this.unsaved = true;
    this.persistLater();
    await this.options.onChange?.();
  }

  private persistLater(): void {
    clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => {
      // An import sends batch after batch, each of which may take longer than the delay: write once the queue is
      // idle rather than between batches (at 100,000 stories one write serializes and stores some 36 MB).
      if (this.pending > 0) this.persistLater();
      else void this.flush();
    }, this.options.persistDelayMs ?? 1000);
  }

  /** Runs tasks one at a time, so an index write never interleaves with a story change. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    this.pending += 1;
    const run = this.queue.then(task, task).finally(() => {
      this.pending -= 1;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** An index saved by an older engine may not read back; then it is rebuilt. */
function deserialized(bytes: Uint8Array): CorpusIndex | null {
  try {
    return CorpusIndex.deserialize(bytes);
  } catch {
    return null;
  }
}
