/**
 * The delayed index write waits for a quiet queue: an import whose batches each take longer than the delay writes
 * the index once at its end, not between batches (at 100k stories each write stores tens of megabytes).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { CorpusService } from '../../src/background/corpus-service';
import { openDb } from '../../src/background/db';
import { StoryStore } from '../../src/background/story-store';
import { freshDbName, story } from './helpers';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('index write during an import', () => {
  it('is postponed while a batch slower than the delay is under way, then happens once', async () => {
    const store = new StoryStore(openDb(freshDbName()));
    const corpus = new CorpusService(store, { persistDelayMs: 5 });
    await corpus.loadedIndex();
    const inTransaction = store.inTransaction.bind(store);
    vi.spyOn(store, 'inTransaction').mockImplementation(async (work) => {
      await sleep(40); // a batch that takes longer than the write delay
      return inTransaction(work);
    });
    const save = vi.spyOn(store, 'saveIndex');
    for (let batch = 0; batch < 3; batch += 1) {
      await corpus.importRecords([story(`slow-${batch}`)]);
    }
    expect(save).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    await sleep(30);
    expect(save).toHaveBeenCalledTimes(1);
    expect((await store.loadIndex())?.dirty).toBe(false);
  });
});
