/** The extension's IndexedDB schema. Only the background opens it; pages reach the corpus through messages. */
import Dexie, { type EntityTable } from 'dexie';
import type { StoryRecord } from '../core/types';
import type { StorySummary } from '../messages';
import type { FeedRow } from './feeds/feed-row';
import { storyDate } from './retention-date';
import { storyKey, supersedes } from '../ingest/versions';

/** A story's listing row up to schema 3, kept in its own table (schema 4 moved it into `StoredRecord.listed`). */
interface CatalogRow extends StorySummary {
  search: string;
  order: string;
  dated: string;
}

/**
 * A story's listing: what the corpus list, search, stats and retention need, as one index key on the record of the
 * story's newest version. They read index keys only, never story text, and storing a story is one put (a listing
 * row of its own made every story two, which cost an import a fifth of its time: BENCHMARKS.md).
 * `order`: `published` or '', newest-first listing; `dated`: retention's date (storyDate), UTC ISO; `url`: or ''.
 */
export type ListedKey = [order: string, storyId: string, dated: string, bytes: number, versions: number, agency: string, title: string, url: string];

/** A record as stored: the newest version of each story carries its story's listing. */
export interface StoredRecord extends StoryRecord {
  listed?: ListedKey;
}

/** The persisted engine index, so a woken worker need not rebuild it from every story. */
export interface IndexBlob {
  key: 'current';
  bytes: Uint8Array;
  stories: number;
}

/** Whether the persisted index lags the stories; set in the same transaction as every story change. */
export interface IndexState {
  key: 'current';
  dirty: boolean;
  bytes: number;
}

/**
 * Stories and their text's bytes (UTF-8, every version), kept up to date in the transaction of every story change:
 * counting index entries walks them all (half a second at 100,000 stories in Chromium).
 */
export interface CorpusTotals {
  key: 'current';
  stories: number;
  bytes: number;
}

export type WiretraceDb = Dexie & {
  stories: EntityTable<StoredRecord, 'id'>;
  totals: EntityTable<CorpusTotals, 'key'>;
  indexBlob: EntityTable<IndexBlob, 'key'>;
  indexState: EntityTable<IndexState, 'key'>;
  feeds: EntityTable<FeedRow, 'url'>;
};

export function openDb(name = 'wiretrace'): WiretraceDb {
  // Dexie's query cache serves liveQuery, which nothing here uses, and it costs time on every bulk write of an import.
  const db = new Dexie(name, { cache: 'disabled' }) as WiretraceDb;
  db.version(1).stores({
    stories: 'id',
    catalog: 'id, order',
    indexBlob: 'key',
    indexState: 'key',
  });
  // Story versions: each version is its own record, found by its story (storyId) and by URL; one catalog row per story.
  db.version(2)
    .stores({ stories: 'id, storyId, url', catalog: 'id, order, dated' })
    .upgrade((tx) =>
      tx
        .table('catalog')
        .toCollection()
        .modify((row: CatalogRow) => {
          row.versions = 1;
          row.dated = storyDate(row.published, Date.now());
        }),
    );
  // Feed subscriptions, found by address and by when they are next due.
  db.version(3).stores({ feeds: 'url, due' });
  // Each story's listing moves from its catalog row onto its newest version's record (ListedKey); then the
  // catalog goes (an upgrade can read a table only if a later version, not its own, deletes it).
  db.version(4).stores({ stories: 'id, storyId, url, listed', totals: 'key' }).upgrade(async (tx) => {
    const newest = new Map<string, { id: string; version?: number }>();
    await tx.table('stories').each((record: StoryRecord) => {
      const known = newest.get(storyKey(record));
      if (!known || supersedes(record, known)) newest.set(storyKey(record), { id: record.id, version: record.version });
    });
    const rows = new Map<string, CatalogRow>();
    await tx.table('catalog').each((row: CatalogRow) => {
      const id = newest.get(row.id)?.id;
      if (id !== undefined) rows.set(id, row);
    });
    const totals: CorpusTotals = { key: 'current', stories: rows.size, bytes: 0 };
    for (const row of rows.values()) totals.bytes += row.bytes;
    await tx.table('totals').put(totals);
    await tx
      .table('stories')
      .toCollection()
      .modify((record: StoredRecord) => {
        const row = rows.get(record.id);
        if (row) record.listed = [row.order, row.id, row.dated, row.bytes, row.versions, row.agency, row.title, row.url ?? ''];
      });
  });
  db.version(5).stores({ catalog: null });
  return db;
}
