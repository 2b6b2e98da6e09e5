/** The story count is read from IndexedDB once per change (a count walks every key there), and is never stale. */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { CorpusService } from '../../src/background/corpus-service';
import { openDb } from '../../src/background/db';
import { StoryStore } from '../../src/background/story-store';
import { freshDbName, story } from './helpers';

describe('corpus count', () => {
  it('is read once until the stories change, then again after each import, delete and clear', async () => {
    const store = new StoryStore(openDb(freshDbName()));
    const corpus = new CorpusService(store, { persistDelayMs: 5 });
    const reads = vi.spyOn(store, 'count');
    expect(await corpus.count()).toBe(0);
    expect(await corpus.count()).toBe(0);
    expect(reads).toHaveBeenCalledTimes(1);

    await corpus.importRecords([story('a'), story('b')]);
    expect(await corpus.count()).toBe(2);
    expect(await corpus.count()).toBe(2);
    expect(reads).toHaveBeenCalledTimes(2);

    await corpus.delete(['a']);
    expect(await corpus.count()).toBe(1);
    await corpus.clear();
    expect(await corpus.count()).toBe(0);
    expect(reads).toHaveBeenCalledTimes(4);
  });
});
