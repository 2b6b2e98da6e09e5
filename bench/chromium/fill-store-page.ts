/**
 * Bench-only, evaluated in the extension's options page (same origin as the background, so the same IndexedDB).
 * - `wiretraceBenchFill` stores stories with the background's own StoryStore, which marks the stored index stale, so
 *   the next woken worker rebuilds its index from every story (CorpusService's rebuild path). It fills a 100k corpus
 *   in a fraction of the time `import-records` takes, whose per-record version matching (src/ingest/versions) is
 *   measured by the ingest figure instead.
 * - `wiretraceBenchStoreAlone` times storing alone: the same StoryStore writes as an import batch makes (stories
 *   with their listings, the totals row, the stale flag), batch after batch, into a scratch database it deletes
 *   after. No engine, no messages, no version matching: what IndexedDB allows an import on this machine.
 */
import Dexie from 'dexie';
import { openDb } from '../../src/background/db';
import { StoryStore } from '../../src/background/story-store';
import type { StoryRecord } from '../../src/core/types';

const scratchDb = 'wiretrace-bench-store-alone';

Object.assign(globalThis, {
  wiretraceBenchFill: async (records: StoryRecord[]): Promise<void> => {
    const db = openDb();
    try {
      await new StoryStore(db).put(records);
    } finally {
      db.close();
    }
  },
  /** Milliseconds to store `records` in batches of `batchSize`, one after another. */
  wiretraceBenchStoreAlone: async (records: StoryRecord[], batchSize: number): Promise<number> => {
    const db = openDb(scratchDb);
    try {
      const store = new StoryStore(db);
      await db.open();
      const start = performance.now();
      for (let at = 0; at < records.length; at += batchSize) await store.put(records.slice(at, at + batchSize));
      return performance.now() - start;
    } finally {
      db.close();
      await Dexie.delete(scratchDb);
    }
  },
});
