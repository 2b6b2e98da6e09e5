/** Corpus stories, their listing rows and the persisted index, in IndexedDB (Dexie). */
import type { StoryRecord } from '../core/types';
import type { StorySummary } from '../messages';
import type { CatalogRow, WiretraceDb } from './db';
import { storyKey } from '../ingest/versions';
import type { DatedStory } from './retention';
import { storyDate } from './retention-date';

/** What a delete removed: the stories (catalog ids) and every record of their versions. */
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
  constructor(readonly db: WiretraceDb) {}

  /**
   * Stores records as given — their ids, storyId and version already decided (src/ingest/versions) — refreshes
   * their stories' listing rows and marks the persisted index stale, all in one transaction.
   */
  async put(records: StoryRecord[], importedAt = Date.now()): Promise<void> {
    if (records.length === 0) return;
    await this.db.transaction('rw', this.db.stories, this.db.catalog, this.db.indexState, this.db.indexBlob, async () => {
      // The version reads do not wait for the writes (the listing rows then wait on one round trip less): what they
      // find is merged with the records being written.
      const [, , versions] = await Promise.all([
        this.db.stories.bulkPut(records),
        this.markIndexDirty(),
        this.versionsOfStories([...new Set(records.map(storyKey))], records),
      ]);
      await this.db.catalog.bulkPut([...versions].map(([storyId, records]) => catalogRow(storyId, records, importedAt)));
    });
  }

  /** Runs `work` in one read-write transaction over the corpus tables; the store's own methods join it. */
  inTransaction<T>(work: () => Promise<T>): Promise<T> {
    return this.db.transaction('rw', this.db.stories, this.db.catalog, this.db.indexState, this.db.indexBlob, work);
  }

  /** Deletes the stories among `ids` (story ids, as listed), every version of each. */
  async delete(ids: string[]): Promise<Deleted> {
    return this.db.transaction('rw', this.db.stories, this.db.catalog, this.db.indexState, this.db.indexBlob, async () => {
      const stories = (await this.db.catalog.bulkGet(ids)).flatMap((row) => (row ? [row.id] : []));
      if (stories.length === 0) return { stories, records: [] };
      const records = (await Promise.all(stories.map((id) => this.versionsOf(id)))).flat().map((record) => record.id);
      await this.db.stories.bulkDelete(records);
      await this.db.catalog.bulkDelete(stories);
      await this.markIndexDirty();
      return { stories, records };
    });
  }

  get(id: string): Promise<StoryRecord | undefined> {
    return this.db.stories.get(id);
  }

  byUrl(url: string): Promise<StoryRecord[]> {
    return this.db.stories.where('url').equals(url).toArray();
  }

  /** Every stored version of a story: the records naming it as their storyId, and the one with its id if unnamed. */
  async versionsOf(storyId: string): Promise<StoryRecord[]> {
    const [named, first] = await Promise.all([this.db.stories.where('storyId').equals(storyId).toArray(), this.db.stories.get(storyId)]);
    return first && first.storyId === undefined ? [first, ...named] : named;
  }

  /**
   * versionsOf for many stories in two requests (a batch of 500 new stories otherwise waited on 1,000 reads);
   * `stored`: records being stored, which replace what the reads find under their ids (read before or after them).
   */
  private async versionsOfStories(storyIds: string[], stored: StoryRecord[]): Promise<Map<string, StoryRecord[]>> {
    const withId = new Map(stored.map((record) => [record.id, record]));
    const unread = storyIds.filter((id) => !withId.has(id));
    const [named, read] = await Promise.all([this.db.stories.where('storyId').anyOf(storyIds).toArray(), this.db.stories.bulkGet(unread)]);
    read.forEach((record) => record && withId.set(record.id, record));
    const versions = new Map<string, StoryRecord[]>();
    for (const id of storyIds) {
      const first = withId.get(id);
      versions.set(id, first && first.storyId === undefined ? [first] : []);
    }
    const byId = new Map(named.map((record) => [record.id, record]));
    for (const record of stored) if (record.storyId !== undefined) byId.set(record.id, record);
    for (const record of byId.values()) versions.get(record.storyId!)?.push(record);
    return versions;
  }

  async clear(): Promise<void> {
    await this.db.transaction('rw', this.db.stories, this.db.catalog, this.db.indexState, this.db.indexBlob, async () => {
      await Promise.all([this.db.stories.clear(), this.db.catalog.clear(), this.db.indexState.clear(), this.db.indexBlob.clear()]);
    });
  }

  /** Stories, each counted once whatever its number of versions. */
  count(): Promise<number> {
    return this.db.catalog.count();
  }

  /** Records: every version of every story (what the engine's index holds). */
  recordCount(): Promise<number> {
    return this.db.stories.count();
  }

  async load(ids: string[]): Promise<StoryRecord[]> {
    return (await this.db.stories.bulkGet(ids)).filter((story): story is StoryRecord => story !== undefined);
  }

  /** Visits every story (index rebuild); Dexie streams them rather than loading all at once. */
  each(visit: (story: StoryRecord) => void): Promise<void> {
    return this.db.stories.each(visit);
  }

  async textBytes(): Promise<number> {
    let total = 0;
    await this.db.catalog.each((row) => {
      total += row.bytes;
    });
    return total;
  }

  /** Every story's retention date and size, oldest first (retention reads no story text). */
  async datedStories(): Promise<DatedStory[]> {
    return (await this.db.catalog.orderBy('dated').toArray()).map(({ id, dated, bytes }) => ({ id, dated, bytes }));
  }

  async indexBytes(): Promise<number> {
    return (await this.db.indexState.get('current'))?.bytes ?? 0;
  }

  /** Newest first; every word of `query` must occur in the agency, title or id. */
  async list(query: string, offset: number, limit: number): Promise<{ items: StorySummary[]; total: number }> {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const matches = (row: CatalogRow) => words.every((word) => row.search.includes(word));
    const ordered = this.db.catalog.orderBy('order').reverse();
    const [rows, total] = await Promise.all([
      (words.length ? ordered.filter(matches) : ordered).offset(offset).limit(limit).toArray(),
      words.length ? this.db.catalog.filter(matches).count() : this.db.catalog.count(),
    ]);
    return { items: rows.map(({ search: _s, order: _o, dated: _d, ...summary }) => summary), total };
  }

  exportPage(offset: number, limit: number): Promise<StoryRecord[]> {
    return this.db.stories.orderBy(':id').offset(offset).limit(limit).toArray();
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

  private async markIndexDirty(): Promise<void> {
    await this.db.indexState.put({ key: 'current', dirty: true, bytes: await this.indexBytes() });
  }
}

/** A story's listing row: the newest version's details, with every version's count and size. */
function catalogRow(storyId: string, versions: StoryRecord[], importedAt: number): CatalogRow {
  const newest = versions.reduce((a, b) => ((b.version ?? 1) >= (a.version ?? 1) ? b : a));
  return {
    id: storyId,
    agency: newest.agency,
    title: newest.title,
    ...(newest.url !== undefined && { url: newest.url }),
    ...(newest.published !== undefined && { published: newest.published }),
    versions: versions.length,
    bytes: versions.reduce((sum, record) => sum + utf8.encode(record.text).byteLength, 0),
    search: `${newest.agency} ${newest.title} ${storyId}`.toLowerCase(),
    order: newest.published ?? '',
    dated: storyDate(newest.published, importedAt),
  };
}
