/** The extension's IndexedDB schema. Only the background opens it; pages reach the corpus through messages. */
import Dexie, { type EntityTable } from 'dexie';
import type { StoryRecord } from '../core/types';
import type { StorySummary } from '../messages';
import type { FeedRow } from './feeds/feed-row';
import { storyDate } from './retention-date';

/** One story's listing row, kept apart from its text so listing and stats never read story text. */
export interface CatalogRow extends StorySummary {
  /** Lower-cased agency, title and id: what the corpus search matches. */
  search: string;
  /** `published` or '' (IndexedDB does not index missing values), for newest-first listing. */
  order: string;
  /** Oldest first for retention: the newest version's publication time, else its import time (UTC ISO). */
  dated: string;
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

export type WiretraceDb = Dexie & {
  stories: EntityTable<StoryRecord, 'id'>;
  catalog: EntityTable<CatalogRow, 'id'>;
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
  return db;
}
