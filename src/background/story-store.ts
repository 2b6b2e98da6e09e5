/** Corpus stories, their listing rows and the persisted index, in IndexedDB (Dexie). */
import type { StoryRecord } from '../core/types';
import type { StorySummary } from '../messages';
import type { CatalogRow, WiretraceDb } from './db';
import { sameRecord } from './validate-record';

export interface PutOutcome {
  added: StoryRecord[];
  updated: StoryRecord[];
}

export interface SavedIndex {
  bytes: Uint8Array;
  stories: number;
  dirty: boolean;
}

const utf8 = new TextEncoder();

export class StoryStore {
  constructor(readonly db: WiretraceDb) {}

  /** Adds or replaces stories by id (last one wins within a batch) and marks the persisted index stale. */
  async put(records: StoryRecord[]): Promise<PutOutcome> {
    const batch = new Map(records.map((record) => [record.id, record]));
    const ids = [...batch.keys()];
    return this.db.transaction('rw', this.db.stories, this.db.catalog, this.db.indexState, this.db.indexBlob, async () => {
      const [stored, rows] = await Promise.all([this.db.stories.bulkGet(ids), this.db.catalog.bulkGet(ids)]);
      const outcome: PutOutcome = { added: [], updated: [] };
      const catalog: CatalogRow[] = [];
      ids.forEach((id, i) => {
        const record = batch.get(id)!;
        const previous = stored[i];
        if (previous && sameRecord(previous, record)) return;
        (previous ? outcome.updated : outcome.added).push(record);
        const versions = Math.max(record.version ?? 1, previous ? (rows[i]?.versions ?? 1) + 1 : 1);
        catalog.push(catalogRow(record, versions));
      });
      const changed = [...outcome.added, ...outcome.updated];
      if (changed.length === 0) return outcome;
      await this.db.stories.bulkPut(changed);
      await this.db.catalog.bulkPut(catalog);
      await this.markIndexDirty();
      return outcome;
    });
  }

  /** Deletes the stories that exist among `ids`; returns those ids. */
  async delete(ids: string[]): Promise<string[]> {
    return this.db.transaction('rw', this.db.stories, this.db.catalog, this.db.indexState, this.db.indexBlob, async () => {
      const present = (await this.db.catalog.bulkGet(ids)).flatMap((row) => (row ? [row.id] : []));
      if (present.length === 0) return present;
      await this.db.stories.bulkDelete(present);
      await this.db.catalog.bulkDelete(present);
      await this.markIndexDirty();
      return present;
    });
  }

  async clear(): Promise<void> {
    await this.db.transaction('rw', this.db.stories, this.db.catalog, this.db.indexState, this.db.indexBlob, async () => {
      await Promise.all([this.db.stories.clear(), this.db.catalog.clear(), this.db.indexState.clear(), this.db.indexBlob.clear()]);
    });
  }

  count(): Promise<number> {
    return this.db.catalog.count();
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
    return { items: rows.map(({ search: _s, order: _o, ...summary }) => summary), total };
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

function catalogRow(record: StoryRecord, versions: number): CatalogRow {
  return {
    id: record.id,
    agency: record.agency,
    title: record.title,
    ...(record.url !== undefined && { url: record.url }),
    ...(record.published !== undefined && { published: record.published }),
    versions,
    bytes: utf8.encode(record.text).byteLength,
    search: `${record.agency} ${record.title} ${record.id}`.toLowerCase(),
    order: record.published ?? '',
  };
}
