/**
 * Bench-only, evaluated in the extension's options page (same origin as the background, so the same IndexedDB):
 * stores stories with the background's own StoryStore, which marks the stored index stale, so the next woken
 * worker rebuilds its index from every story (CorpusService's rebuild path). It fills a 100k corpus in a fraction
 * of the time `import-records` takes, whose per-record version matching (src/ingest/versions) is measured by the
 * ingest figure instead.
 */
import { openDb } from '../../src/background/db';
import { StoryStore } from '../../src/background/story-store';
import type { StoryRecord } from '../../src/core/types';

(globalThis as { wiretraceBenchFill?: (records: StoryRecord[]) => Promise<void> }).wiretraceBenchFill = async (records) => {
  const db = openDb();
  try {
    await new StoryStore(db).put(records);
  } finally {
    db.close();
  }
};
