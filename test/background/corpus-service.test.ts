import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { CorpusService } from '../../src/background/corpus-service';
import { openDb } from '../../src/background/db';
import { StoryStore } from '../../src/background/story-store';
import { storyTerms } from '../../src/core/story-terms';
import { termsToText } from '../../src/ingest/terms-text';
import { freshDbName, story } from './helpers';

function corpusOn(dbName: string, persistDelayMs = 5) {
  const store = new StoryStore(openDb(dbName));
  return { store, corpus: new CorpusService(store, { persistDelayMs }) };
}

describe('corpus import', () => {
  it('reads no record for a batch of new stories, and a re-delivered story\'s record once', async () => {
    const { corpus, store } = corpusOn(freshDbName());
    await corpus.importRecords([story('first')]);
    const read = vi.spyOn(store.db.stories, 'bulkGet');
    await corpus.importRecords([story('new-1'), story('new-2')]);
    expect(read.mock.calls.flatMap(([ids]) => ids)).toEqual([]);
    read.mockClear();
    await corpus.importRecords([story('new-3'), story('first', { title: 'Fictional story first, retitled' })]);
    expect(read.mock.calls.flatMap(([ids]) => ids)).toEqual(['first']);
    expect([await corpus.count(), await store.db.stories.count()]).toEqual([4, 5]);
  });

  it('adds new stories, counts them and keeps per-story sizes', async () => {
    const { corpus, store } = corpusOn(freshDbName());
    const outcome = await corpus.importRecords([story('a'), story('b', { text: 'Ünïcode fictional text.' })]);
    expect(outcome).toEqual({ added: 2, updated: 0, errors: [] });
    expect(await corpus.count()).toBe(2);
    const { items } = await store.list('', 0, 10);
    expect(items.find((item) => item.id === 'b')?.bytes).toBe(new TextEncoder().encode('Ünïcode fictional text.').byteLength);
    expect(await store.textBytes()).toBe(items.reduce((sum, item) => sum + item.bytes, 0));
  });

  it('dedupes by id: identical records change nothing, changed ones become a new version of the story', async () => {
    const { corpus, store } = corpusOn(freshDbName());
    await corpus.importRecords([story('a'), story('b')]);
    const outcome = await corpus.importRecords([story('a'), story('b', { title: 'Fictional story b, updated' })]);
    expect(outcome).toEqual({ added: 0, updated: 1, errors: [] });
    expect(await corpus.count()).toBe(2);
    expect((await store.load(['b~v2']))[0]).toMatchObject({ storyId: 'b', version: 2, title: 'Fictional story b, updated' });
    const { items } = await store.list('', 0, 10);
    expect(items.find((item) => item.id === 'b')?.versions).toBe(2);
    expect(items.find((item) => item.id === 'a')?.versions).toBe(1);
  });

  it('takes several records with one id in a batch as versions, listed with the last one', async () => {
    const { corpus, store } = corpusOn(freshDbName());
    const outcome = await corpus.importRecords([story('a'), story('a', { title: 'Last one' })]);
    expect(outcome.added).toBe(1);
    expect((await store.list('', 0, 10)).items).toMatchObject([{ id: 'a', title: 'Last one', versions: 2 }]);
  });

  it('indexes a story by the terms sent with it, and computes them itself when they are malformed', async () => {
    const { corpus } = corpusOn(freshDbName());
    const other = story('other', { title: 'Grain deal', text: 'Kenya and Uganda agreed to share 4,500 tonnes of maize on Tuesday.' });
    const sent = story('sent', { title: 'Unrelated', text: 'Fictional text about a fictional harbour strike in Valparaiso.' });
    const own = story('own', { title: 'Unrelated too', text: 'Fictional text about a fictional rail strike in Gdansk.' });
    // The sender's terms are trusted as the story's terms: here deliberately another story's.
    await corpus.importRecords([sent, own], { terms: [termsToText(storyTerms(other)), 'not terms'] });
    const index = await corpus.loadedIndex();
    expect(index.similarTo(other, 1)[0]?.id).toBe('sent');
    expect(index.similarTo(own, 1)[0]?.id).toBe('own');
  });

  it('reports malformed records by their source line and stores the rest', async () => {
    const { corpus } = corpusOn(freshDbName());
    const records = [story('a'), { id: 'x', agency: 'AP', title: 't' }, 'junk', story('b', { version: 0 }), story('c', { published: 'yesterday' })];
    const outcome = await corpus.importRecords(records, { lines: [3, 4, 7, 9, 12] });
    expect(outcome.added).toBe(1);
    expect(outcome.errors).toEqual([
      { line: 4, reason: '"text" is missing' },
      { line: 7, reason: 'expected a JSON object, got "junk"' },
      { line: 9, reason: '"version" must be a whole number from 1, got number' },
      { line: 12, reason: '"published" must be an ISO 8601 date such as 2024-03-05T10:15:00Z, got "yesterday"' },
    ]);
  });

  it('numbers errors by position in the batch when no lines are given, and drops unknown fields', async () => {
    const { corpus, store } = corpusOn(freshDbName());
    const outcome = await corpus.importRecords([{ ...story('a'), extra: '<script>' }, { ...story('b'), id: '  ' }]);
    expect(outcome.errors).toEqual([{ line: 2, reason: '"id" is empty' }]);
    expect(Object.keys((await store.load(['a']))[0])).not.toContain('extra');
  });
});

describe('corpus listing, export, delete, clear', () => {
  it('lists newest first, filters by words of agency, title or id, and pages', async () => {
    const { corpus, store } = corpusOn(freshDbName());
    await corpus.importRecords([
      story('s1', { agency: 'AP', title: 'Fictional harbour strike', published: '2031-01-01' }),
      story('s2', { agency: 'Reuters', title: 'Fictional harbour reopens', published: '2031-01-03' }),
      story('s3', { agency: 'AFP', title: 'Fictional election', published: '2031-01-02' }),
      story('s4', { agency: 'AFP', title: 'Undated fictional note', published: undefined }),
    ]);
    const all = await store.list('', 0, 10);
    expect(all.items.map((item) => item.id)).toEqual(['s2', 's3', 's1', 's4']);
    expect(all.total).toBe(4);
    const harbour = await store.list('HARBOUR', 0, 1);
    expect(harbour).toMatchObject({ total: 2, items: [{ id: 's2' }] });
    expect((await store.list('afp election', 0, 10)).items.map((item) => item.id)).toEqual(['s3']);
    expect(Object.keys(all.items[0])).not.toContain('search');
  });

  it('searches what is stored now: a search after an import or a delete sees it', async () => {
    const { corpus, store } = corpusOn(freshDbName());
    await corpus.importRecords([story('s1', { title: 'Fictional harbour strike' })]);
    expect((await store.list('harbour', 0, 10)).total).toBe(1);
    await corpus.importRecords([story('s2', { title: 'Fictional harbour reopens' })]);
    expect((await store.list('harbour', 0, 10)).items.map((item) => item.id).sort()).toEqual(['s1', 's2']);
    await corpus.delete(['s1']);
    expect((await store.list('harbour', 0, 10)).items.map((item) => item.id)).toEqual(['s2']);
    await corpus.clear();
    expect(await store.list('harbour', 0, 10)).toEqual({ items: [], total: 0 });
  });

  it('reads ahead for a search to come, and a write after it still shows in the search', async () => {
    const { corpus, store } = corpusOn(freshDbName());
    await corpus.importRecords([story('s1', { title: 'Fictional harbour strike' })]);
    store.searchAhead();
    await corpus.importRecords([story('s2', { title: 'Fictional harbour reopens' })]);
    expect((await store.list('harbour', 0, 10)).items.map((item) => item.id).sort()).toEqual(['s1', 's2']);
  });

  it('exports stories by id in pages', async () => {
    const { corpus, store } = corpusOn(freshDbName());
    await corpus.importRecords(['c', 'a', 'b'].map((id) => story(id)));
    expect((await store.exportPage(0, 2)).map((record) => record.id)).toEqual(['a', 'b']);
    expect(await store.exportPage(2, 2)).toEqual([story('c')]);
  });

  it('deletes stories from the store and the index, ignoring unknown ids', async () => {
    const { corpus } = corpusOn(freshDbName());
    await corpus.importRecords([story('a'), story('b')]);
    expect(await corpus.delete(['a', 'nope'])).toBe(1);
    expect(await corpus.count()).toBe(1);
    expect((await corpus.loadedIndex()).ids()).toEqual(['b']);
  });

  it('clears everything, the persisted index included', async () => {
    const dbName = freshDbName();
    const { corpus, store } = corpusOn(dbName);
    await corpus.importRecords([story('a')]);
    await corpus.flush();
    await corpus.clear();
    expect(await corpus.count()).toBe(0);
    expect((await corpus.loadedIndex()).size).toBe(0);
    expect(await store.loadIndex()).toBeNull();
  });
});

describe('persisted index', () => {
  it('a new worker reads the index from storage instead of rebuilding it', async () => {
    const dbName = freshDbName();
    const first = corpusOn(dbName);
    await first.corpus.importRecords([story('a'), story('b')]);
    await first.corpus.flush();
    expect((await first.store.loadIndex())?.dirty).toBe(false);

    const woken = corpusOn(dbName);
    const each = vi.spyOn(woken.store, 'each');
    // The stale flag, set with every story change, says whether the index is current: no count of every record.
    const count = vi.spyOn(woken.store.db.stories, 'count');
    const index = await woken.corpus.loadedIndex();
    expect(woken.corpus.indexSource).toBe('stored');
    expect(each).not.toHaveBeenCalled();
    expect(count).not.toHaveBeenCalled();
    expect(index.ids().sort()).toEqual(['a', 'b']);
  });

  it('loads lazily, once, and keeps the index in memory', async () => {
    const { corpus, store } = corpusOn(freshDbName());
    const load = vi.spyOn(store, 'loadIndex');
    expect(corpus.indexSource).toBe('not-loaded');
    const [a, b] = await Promise.all([corpus.loadedIndex(), corpus.loadedIndex()]);
    expect(a).toBe(b);
    await corpus.loadedIndex();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('rebuilds when the worker died before writing the index (dirty flag)', async () => {
    const dbName = freshDbName();
    const first = corpusOn(dbName, 60_000);
    await first.corpus.importRecords([story('a')]);
    await first.corpus.flush();
    await first.corpus.importRecords([story('b')]);
    expect((await first.store.loadIndex())?.dirty).toBe(true);

    const woken = corpusOn(dbName);
    expect((await woken.corpus.loadedIndex()).ids().sort()).toEqual(['a', 'b']);
    expect(woken.corpus.indexSource).toBe('rebuilt');
    expect((await woken.store.loadIndex())?.dirty).toBe(false);
  });

  it('rebuilds when the stored index cannot be read', async () => {
    const dbName = freshDbName();
    const first = corpusOn(dbName);
    await first.corpus.importRecords([story('a')]);
    await first.corpus.flush();
    await first.store.saveIndex(new TextEncoder().encode('not an index'), 1);

    const woken = corpusOn(dbName);
    expect((await woken.corpus.loadedIndex()).ids()).toEqual(['a']);
    expect(woken.corpus.indexSource).toBe('rebuilt');
  });

  it('updates the loaded index incrementally and writes it once after a run of batches', async () => {
    const dbName = freshDbName();
    const { corpus, store } = corpusOn(dbName, 60_000);
    await corpus.loadedIndex();
    const save = vi.spyOn(store, 'saveIndex');
    for (let batch = 0; batch < 5; batch += 1) {
      await corpus.importRecords(Array.from({ length: 10 }, (_, i) => story(`b${batch}-${i}`)));
    }
    expect(save).not.toHaveBeenCalled();
    await corpus.flush();
    await corpus.flush();
    expect(save).toHaveBeenCalledTimes(1);
    const woken = corpusOn(dbName);
    expect((await woken.corpus.loadedIndex()).size).toBe(50);
    expect(woken.corpus.indexSource).toBe('stored');
    expect(await store.indexBytes()).toBeGreaterThan(0);
  });

  it('writes the index by itself shortly after the last change', async () => {
    const { corpus, store } = corpusOn(freshDbName(), 5);
    await corpus.importRecords([story('a')]);
    await vi.waitFor(async () => expect((await store.loadIndex())?.dirty).toBe(false));
  });
});
