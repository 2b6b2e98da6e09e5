/** Corpus stories, their listings and the persisted index, in IndexedDB (Dexie). */
import Dexie, { type Collection } from 'dexie';
import type { StoryRecord } from '../core/types';
import type { StorySummary } from '../messages';
import type { CorpusTotals, ListedKey, StoredRecord, WiretraceDb } from './db';
import { storyKey, supersedes } from '../ingest/versions';
import type { DatedStory } from './retention';
import { storyDate } from './retention-date';

/** What a delete removed: the stories (their story ids) and every record of their versions. */
export interface Deleted {
  stories: string[];
  records: string[];
}

export interface SavedIndex {
  bytes: Uint8Array;
  stories: number;
  dirty: boolean;
}

const utf8 = new TextEncoder();

export class StoryStore {
  /**
   * Records `load` read in the transaction under way, as stored: an import batch reads its records' ids to assign
   * versions and `put` needs the same records again (500 reads a batch). Dropped by every write; a read that a
   * write overtook (`writeCount` changed while it ran) is not kept.
   */
  private read: { transaction: IDBTransaction; records: Map<string, StoredRecord | undefined> } | undefined;
  private writeCount = 0;
  private listings: { writeCount: number; all: Promise<Array<{ key: ListedKey; text: string }>> } | undefined;

  constructor(readonly db: WiretraceDb) {}

  /**
   * Stores records as given — their ids, storyId and version already decided (src/ingest/versions) — with their
   * stories' listings on each story's newest version (moved there from an older one when needed), and marks the
   * persisted index stale, all in one transaction.
   */
  async put(records: StoryRecord[], importedAt = Date.now()): Promise<void> {
    if (records.length === 0) return;
    await this.transaction(async () => {
      const [stories, totals] = await Promise.all([this.storiesOf(records), this.totals(), this.markIndexDirty()]);
      const writes = new Map<string, StoredRecord>(records.map((record) => [record.id, unlisted(record)]));
      for (const [storyId, { versions, before }] of stories) {
        const newest = newestOf(versions);
        const key = listedKey(storyId, versions, newest, importedAt);
        totals.stories += before ? 0 : 1;
        totals.bytes += key[3] - (before?.[3] ?? 0);
        for (const record of versions) {
          const listed = record.id === newest.id ? key : undefined;
          const written = writes.get(record.id);
          if (written) {
            // A copy: the records given are the caller's.
            if (listed) writes.set(record.id, { ...written, listed });
          } else if (!sameKey(record.listed, listed)) {
            writes.set(record.id, { ...unlisted(record), ...(listed && { listed }) });
          }
        }
      }
      this.forgetReads();
      await Promise.all([this.db.stories.bulkPut([...writes.values()]), this.db.totals.put(totals)]);
    });
  }

  /** Runs `work` in one read-write transaction over the corpus tables; the store's own methods join it. */
  inTransaction<T>(work: () => Promise<T>): Promise<T> {
    return this.transaction(work);
  }

  /** Deletes the stories among `ids` (story ids, as listed), every version of each. */
  async delete(ids: string[]): Promise<Deleted> {
    return this.transaction(async () => {
      const unique = [...new Set(ids)];
      const [versions, totals] = await Promise.all([this.storedVersions(unique), this.totals()]);
      const stories = unique.filter((id) => versions.get(id)!.length > 0);
      if (stories.length === 0) return { stories, records: [] };
      const records = stories.flatMap((id) => versions.get(id)!);
      totals.stories -= stories.length;
      totals.bytes -= records.reduce((sum, record) => sum + (record.listed?.[3] ?? 0), 0);
      this.forgetReads();
      await Promise.all([this.db.stories.bulkDelete(records.map((record) => record.id)), this.db.totals.put(totals), this.markIndexDirty()]);
      return { stories, records: records.map((record) => record.id) };
    });
  }

  async get(id: string): Promise<StoryRecord | undefined> {
    const record = await this.db.stories.get(id);
    return record && unlisted(record);
  }

  async byUrl(url: string): Promise<StoryRecord[]> {
    return (await this.db.stories.where('url').equals(url).toArray()).map(unlisted);
  }

  /** Every stored version of a story. */
  async versionsOf(storyId: string): Promise<StoryRecord[]> {
    return (await this.storedVersions([storyId])).get(storyId)!.map(unlisted);
  }

  /**
   * Every stored version of each story, in two requests (a batch of 500 stories otherwise waited on 1,000 reads):
   * the records naming it as their storyId, and the one with its id if that one names no story.
   */
  private async storedVersions(storyIds: string[]): Promise<Map<string, StoredRecord[]>> {
    const [named, firsts] = await Promise.all([this.db.stories.where('storyId').anyOf(storyIds).toArray(), this.getMany(storyIds)]);
    const versions = new Map(storyIds.map((id): [string, StoredRecord[]] => [id, []]));
    for (const first of firsts) if (first !== undefined && first.storyId === undefined) versions.get(first.id)!.push(first);
    for (const record of named) versions.get(record.storyId!)!.push(record);
    return versions;
  }

  /**
   * Every version of the stories of `records` as they will be once they are stored, and the listing each story had
   * (none for a new story).
   */
  private async storiesOf(records: StoryRecord[]): Promise<Map<string, { versions: StoredRecord[]; before?: ListedKey }>> {
    // The last record given for an id is the one stored.
    const written = new Map(records.map((record) => [record.id, record]));
    const stored = await this.storedVersions([...new Set([...written.values()].map(storyKey))]);
    const stories = new Map<string, { versions: StoredRecord[]; before?: ListedKey }>();
    for (const [storyId, versions] of stored) {
      stories.set(storyId, { versions: versions.filter((record) => !written.has(record.id)), before: versions.find((record) => record.listed)?.listed });
    }
    for (const record of written.values()) stories.get(storyKey(record))!.versions.push(record);
    return stories;
  }

  async clear(): Promise<void> {
    await this.transaction(async () => {
      this.forgetReads();
      await Promise.all([this.db.stories.clear(), this.db.totals.clear(), this.db.indexState.clear(), this.db.indexBlob.clear()]);
    });
  }

  /** Stories, each counted once whatever its number of versions. */
  async count(): Promise<number> {
    return (await this.totals()).stories;
  }

  /**
   * Stories by id. `mayBeStored`: whether a record with an id may be stored at all (the engine's index knows every
   * stored record); ids it rules out are not read, which spares an import batch of new stories 500 reads.
   */
  async load(ids: string[], mayBeStored: (id: string) => boolean = () => true): Promise<StoryRecord[]> {
    const transaction = readWriteTransaction();
    const writeCount = this.writeCount;
    const wanted = ids.filter(mayBeStored);
    const records = await this.db.stories.bulkGet(wanted);
    if (transaction && writeCount === this.writeCount) {
      if (this.read?.transaction !== transaction) this.read = { transaction, records: new Map() };
      for (const id of ids) this.read.records.set(id, undefined);
      wanted.forEach((id, i) => this.read!.records.set(id, records[i]));
    }
    return records.flatMap((story) => (story ? [unlisted(story)] : []));
  }

  private forgetReads(): void {
    this.read = undefined;
    this.writeCount += 1;
  }

  /** Records by id, as stored, from what `load` read in this transaction where it can. */
  private async getMany(ids: string[]): Promise<(StoredRecord | undefined)[]> {
    const read = this.read && this.read.transaction === readWriteTransaction() ? this.read.records : new Map<string, StoredRecord | undefined>();
    const unread = ids.filter((id) => !read.has(id));
    const fetched = new Map((await this.db.stories.bulkGet(unread)).map((record, i) => [unread[i], record]));
    return ids.map((id) => (read.has(id) ? read.get(id) : fetched.get(id)));
  }

  /** Visits every story (index rebuild); Dexie streams them rather than loading all at once. */
  each(visit: (story: StoryRecord) => void): Promise<void> {
    return this.db.stories.each((story) => visit(unlisted(story)));
  }

  async textBytes(): Promise<number> {
    return (await this.totals()).bytes;
  }

  /** Every story's retention date and size, oldest first (retention reads no story text). */
  async datedStories(): Promise<DatedStory[]> {
    const stories = (await listedKeys(this.db.stories.orderBy('listed'))).map(([, id, dated, bytes]) => ({ id, dated, bytes }));
    return stories.sort((a, b) => compareStrings(a.dated, b.dated) || compareStrings(a.id, b.id));
  }

  async indexBytes(): Promise<number> {
    return (await this.db.indexState.get('current'))?.bytes ?? 0;
  }

  /** Newest first; every word of `query` must occur in the agency, title or id. */
  async list(query: string, offset: number, limit: number): Promise<{ items: StorySummary[]; total: number }> {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const newestFirst = this.db.stories.orderBy('listed').reverse();
    if (words.length === 0) {
      const [keys, total] = await Promise.all([listedKeys(newestFirst.offset(offset).limit(limit)), this.count()]);
      return { items: keys.map(summaryOf), total };
    }
    const found = (await this.searchable()).filter(({ text }) => words.every((word) => text.includes(word)));
    return { items: found.slice(offset, offset + limit).map(({ key }) => summaryOf(key)), total: found.length };
  }

  /** Starts reading what a search matches, for a search about to come (a failure is the search's to report). */
  searchAhead(): void {
    this.searchable().catch(() => undefined);
  }

  /**
   * Every listing, newest first, with the text a search matches (agency, title and id, lower-cased). A search reads
   * them all (1.3 s at 100,000 stories) and a reader types it word by word, so they are kept until this store next
   * writes, or the worker stops; only the background writes the corpus.
   */
  private searchable(): Promise<Array<{ key: ListedKey; text: string }>> {
    if (this.listings?.writeCount !== this.writeCount) {
      const all = listedKeys(this.db.stories.orderBy('listed').reverse()).then((keys) =>
        keys.map((key) => ({ key, text: `${key[5]} ${key[6]} ${key[1]}`.toLowerCase() })),
      );
      all.catch(() => {
        if (this.listings?.all === all) this.listings = undefined;
      });
      this.listings = { writeCount: this.writeCount, all };
    }
    return this.listings.all;
  }

  async exportPage(offset: number, limit: number): Promise<StoryRecord[]> {
    return (await this.db.stories.orderBy(':id').offset(offset).limit(limit).toArray()).map(unlisted);
  }

  async loadIndex(): Promise<SavedIndex | null> {
    const [blob, state] = await Promise.all([this.db.indexBlob.get('current'), this.db.indexState.get('current')]);
    if (!blob) return null;
    return { bytes: blob.bytes, stories: blob.stories, dirty: state?.dirty ?? true };
  }

  async saveIndex(bytes: Uint8Array, stories: number): Promise<void> {
    await this.db.transaction('rw', this.db.indexBlob, this.db.indexState, async () => {
      await this.db.indexBlob.put({ key: 'current', bytes, stories });
      await this.db.indexState.put({ key: 'current', dirty: false, bytes: bytes.byteLength });
    });
  }

  private async totals(): Promise<CorpusTotals> {
    return (await this.db.totals.get('current')) ?? { key: 'current', stories: 0, bytes: 0 };
  }

  private transaction<T>(work: () => Promise<T>): Promise<T> {
    return this.db.transaction('rw', this.db.stories, this.db.totals, this.db.indexState, this.db.indexBlob, work);
  }

  private async markIndexDirty(): Promise<void> {
    await this.db.indexState.put({ key: 'current', dirty: true, bytes: await this.indexBytes() });
  }
}

/** IndexedDB's own read-write transaction under way, if any (Dexie's nested transactions share it). */
function readWriteTransaction(): IDBTransaction | undefined {
  const transaction = Dexie.currentTransaction;
  return transaction?.mode === 'readwrite' ? transaction.idbtrans : undefined;
}

/** The listings in a collection ordered by `listed`, read from the index alone (no story text). */
async function listedKeys(collection: Pick<Collection, 'keys'>): Promise<ListedKey[]> {
  return (await collection.keys()) as unknown as ListedKey[];
}

/** The version a story is listed by: the highest version number (the last given, among equals). */
function newestOf(versions: StoredRecord[]): StoredRecord {
  return versions.reduce((a, b) => (supersedes(b, a) ? b : a));
}

/** A story's listing: the newest version's details, with every version's count and size. */
function listedKey(storyId: string, versions: StoryRecord[], newest: StoryRecord, importedAt: number): ListedKey {
  const bytes = versions.reduce((sum, record) => sum + utf8.encode(record.text).byteLength, 0);
  const dated = storyDate(newest.published, importedAt);
  return [newest.published ?? '', storyId, dated, bytes, versions.length, newest.agency, newest.title, newest.url ?? ''];
}

function summaryOf([order, id, , bytes, versions, agency, title, url]: ListedKey): StorySummary {
  return { id, agency, title, ...(url !== '' && { url }), ...(order !== '' && { published: order }), versions, bytes };
}

function sameKey(a: ListedKey | undefined, b: ListedKey | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.every((part, i) => part === b[i]));
}

/** A stored record without its story's listing: what the engine, versions and exports see. */
function unlisted(record: StoredRecord): StoryRecord {
  if (record.listed === undefined) return record;
  const { listed: _listed, ...rest } = record;
  return rest;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
