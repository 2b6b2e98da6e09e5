/**
 * A full storage during import (IndexedDB QuotaExceededError, simulated by a bulkPut that throws once N records
 * are stored): importing stops with a clear message, and everything stored before stays intact and searchable.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { CorpusService } from '../../src/background/corpus-service';
import { openDb } from '../../src/background/db';
import { isQuotaError } from '../../src/background/retention-quota';
import { StoryStore } from '../../src/background/story-store';
import type { StoryRecord } from '../../src/core/types';
import { parseHtml } from '../../src/extract/node-dom';
import { parseCorpusBatches } from '../../src/ingest';
import { importBatchSize } from '../../src/options/import-corpus';
import { mountImport } from '../../src/options/import-view';
import { send } from '../../src/ui/send';
import { installFakeExt, makeRoot } from '../ui/fake-ext';
import { backgroundOnFakes, freshDbName } from './helpers';

const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'xe', 'zu', 'pi'];
/** A made-up word of its own for each number. */
const word = (n: number, start: string) => start + [...String(n)].map((digit) => syllables[Number(digit)]).join('');

/** Distinct fictional stories, each with names of its own so tracing can tell them apart. */
function stories(from: number, count: number): StoryRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return {
      id: `fict-${n}`,
      agency: 'Reuters',
      title: `Fictional story ${n}`,
      text: `The fictional town of ${word(n, 'Bor')} opened a bridge over the ${word(n, 'Sel')} river on Tuesday, mayor ${word(n, 'Dra')} said.\n\nThe bridge cost ${n * 3 + 1} million crowns and took ${word(n, 'Hun')} builders four years.`,
    };
  });
}

/** Makes the stories table throw QuotaExceededError once more than `room` records would be stored. */
function fillsUpAfter(store: StoryStore, room: number): { free(): void } {
  const table = store.db.stories;
  const bulkPut = table.bulkPut.bind(table);
  let stored = 0;
  let limited = true;
  table.bulkPut = (async (items: StoryRecord[], ...rest: unknown[]) => {
    if (limited && stored + items.length > room) throw new Dexie.QuotaExceededError('The quota has been exceeded.');
    stored += items.length;
    return (bulkPut as (...args: unknown[]) => Promise<unknown>)(items, ...rest);
  }) as typeof table.bulkPut;
  return { free: () => (limited = false) };
}

describe('a full storage during import', () => {
  it('recognises the quota error however IndexedDB and Dexie wrap it', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('bulk', { 3: new DOMException('full', 'QuotaExceededError') }))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('stores nothing of the batch that hit the quota, keeps what was stored searchable, and resumes once there is room', async () => {
    const store = new StoryStore(openDb(freshDbName()));
    const corpus = new CorpusService(store, { persistDelayMs: 5 });
    const quota = fillsUpAfter(store, 15);
    expect(await corpus.importRecords(stories(0, 10))).toEqual({ added: 10, updated: 0, errors: [] });
    expect(await corpus.importRecords(stories(10, 10))).toEqual({ added: 0, updated: 0, errors: [], storageFull: true });

    expect(await corpus.count()).toBe(10);
    expect(await store.db.stories.count()).toBe(10);
    expect((await store.list('', 0, 50)).total).toBe(10);
    expect((await corpus.loadedIndex()).size).toBe(10);
    const [seventh] = stories(7, 1);
    const result = await corpus.trace({ page: 'copy', paragraphs: seventh.text.split('\n\n') });
    expect(result.source?.id).toBe('fict-7');
    // A worker that wakes now reads a consistent corpus: its index matches the stories.
    await corpus.flush();
    const woken = new CorpusService(store);
    expect((await woken.loadedIndex()).size).toBe(10);

    quota.free();
    expect(await corpus.importRecords(stories(10, 10))).toMatchObject({ added: 10 });
    expect(await corpus.count()).toBe(20);
  });

  it("refuses an import's batches sent after the one that found the storage full, even those that would fit", async () => {
    const store = new StoryStore(openDb(freshDbName()));
    const corpus = new CorpusService(store, { persistDelayMs: 5 });
    fillsUpAfter(store, 15);
    const outcomes = await Promise.all([
      corpus.importRecords(stories(0, 10), { importId: 'import-1' }),
      corpus.importRecords(stories(10, 10), { importId: 'import-1' }),
      corpus.importRecords(stories(20, 5), { importId: 'import-1' }),
    ]);
    expect(outcomes).toEqual([
      { added: 10, updated: 0, errors: [] },
      { added: 0, updated: 0, errors: [], storageFull: true },
      { added: 0, updated: 0, errors: [], storageFull: true },
    ]);
    expect(await store.db.stories.count()).toBe(10);
    // Another import is tried afresh.
    expect(await corpus.importRecords(stories(20, 5), { importId: 'import-2' })).toMatchObject({ added: 5 });
  });

  it("refuses an import's batches sent after one that failed, with the same error", async () => {
    const store = new StoryStore(openDb(freshDbName()));
    const corpus = new CorpusService(store, { persistDelayMs: 5 });
    const bulkPut = store.db.stories.bulkPut.bind(store.db.stories);
    let calls = 0;
    store.db.stories.bulkPut = ((...args: Parameters<typeof bulkPut>) => {
      if (++calls === 2) return Promise.reject(new Error('disk error'));
      return bulkPut(...args);
    }) as typeof bulkPut;
    const outcomes = await Promise.allSettled([
      corpus.importRecords(stories(0, 5), { importId: 'import-1' }),
      corpus.importRecords(stories(5, 5), { importId: 'import-1' }),
      corpus.importRecords(stories(10, 5), { importId: 'import-1' }),
    ]);
    const answers = outcomes.map((o) => (o.status === 'fulfilled' ? o.value.added : (o.reason as Error).message));
    expect(answers).toEqual([5, 'disk error', 'disk error']);
    expect(await store.db.stories.count()).toBe(5);
    expect((await corpus.loadedIndex()).size).toBe(5);
  });

  it('stops the options-page import with "Storage full: imported N of M; the corpus is intact"', async () => {
    const background = backgroundOnFakes();
    installFakeExt((message) => background.route(message, background.browser.pageSender('options.html')));
    fillsUpAfter(background.store, 700);
    const { root } = makeRoot();
    const onImported = vi.fn();
    mountImport(root, {
      send,
      parse: (name, bytes, agency) => parseCorpusBatches(name, bytes, { parseHtml, agency, batchSize: importBatchSize }),
      onImported,
    });
    const input = root.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
    const lines = stories(0, 1200).map((story) => JSON.stringify(story)).join('\n');
    Object.defineProperty(input, 'files', { value: [new File([lines], 'wire.jsonl')] });
    input.dispatchEvent(new (root.ownerDocument.defaultView as unknown as typeof globalThis).Event('change'));
    await vi.waitFor(() => expect(onImported).toHaveBeenCalledOnce(), { timeout: 30_000 });

    expect(root.querySelector('[data-testid="import-storage-full"]')?.textContent).toBe(
      'Storage full: imported 500 of 1,200 stories; the corpus is intact.',
    );
    expect(await background.corpus.count()).toBe(500);
    const stored = await send('trace-text', { text: stories(499, 1)[0].text });
    expect(stored.source?.id).toBe('fict-499');
  });
});
