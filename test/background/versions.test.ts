/** Story versions in the extension's corpus (IndexedDB via fake-indexeddb): one story, every version stored and traced. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusService } from '../../src/background/corpus-service';
import { openDb } from '../../src/background/db';
import { StoryStore } from '../../src/background/story-store';
import { paragraphsOf } from '../../src/core/paragraphs';
import type { StoryRecord } from '../../src/core/types';
import { parseHtml } from '../../src/extract/node-dom';
import { parseCorpusBytes } from '../../src/ingest';
import { supersedes } from '../../src/ingest/versions';
import { freshDbName } from './helpers';

const fixtures = new URL('../fixtures/versions/', import.meta.url);
const storyId = 'fict-afp-merin-floods';

async function delivery(n: number): Promise<StoryRecord[]> {
  const name = `delivery-${n}.xml`;
  return (await parseCorpusBytes(name, readFileSync(new URL(`deliveries/${name}`, fixtures)), { parseHtml })).records;
}

function corpusOn(dbName = freshDbName()) {
  const store = new StoryStore(openDb(dbName));
  return { store, corpus: new CorpusService(store, { persistDelayMs: 5 }) };
}

async function importFiveDeliveries(corpus: CorpusService) {
  const outcomes = [];
  for (let n = 1; n <= 5; n++) outcomes.push(await corpus.importRecords(await delivery(n)));
  return outcomes;
}

describe('story versions in the extension', () => {
  it('stores a story delivered five times as one story with five versions; unchanged re-deliveries change nothing', async () => {
    const { corpus, store } = corpusOn();
    const outcomes = await importFiveDeliveries(corpus);
    expect(outcomes.map(({ added, updated }) => [added, updated])).toEqual([[2, 0], [0, 1], [0, 1], [0, 1], [0, 1]]);
    const { items, total } = await store.list('merin', 0, 10);
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({ id: storyId, versions: 5, title: 'Bridge collapse cuts Merin Valley off from coast' });
    const versions = await store.versionsOf(storyId);
    expect(versions.map((record) => [record.id, record.storyId, record.version]).sort()).toEqual([
      [storyId, storyId, 1],
      [`${storyId}~v2`, storyId, 2],
      [`${storyId}~v3`, storyId, 3],
      [`${storyId}~v4`, storyId, 4],
      [`${storyId}~v5`, storyId, 5],
    ]);
    expect(items[0].bytes).toBe(versions.reduce((sum, record) => sum + new TextEncoder().encode(record.text).byteLength, 0));
    expect(await corpus.count()).toBe(2);
    expect((await corpus.loadedIndex()).size).toBe(6);

    expect(await corpus.importRecords(await delivery(5))).toEqual({ added: 0, updated: 0, errors: [] });
    expect(await corpus.importRecords(await delivery(2))).toEqual({ added: 0, updated: 0, errors: [] });
    expect((await store.list('merin', 0, 10)).items[0].versions).toBe(5);
  });

  it('traces a page that follows the second version to that version of the story', async () => {
    const { corpus } = corpusOn();
    await importFiveDeliveries(corpus);
    const text = readFileSync(new URL('pages/page-follows-v2.txt', fixtures), 'utf8');
    const result = await corpus.trace({ page: 'page-follows-v2', paragraphs: paragraphsOf(text) });
    expect(result.verdict).toBe('derived');
    expect(result.source).toMatchObject({ id: storyId, version: 2 });
    expect(result.alternatives.map((a) => a.id)).not.toContain(storyId);
  });

  it('takes near-identical text from the same agency as a new version, even under another id and without a URL', async () => {
    const { corpus, store } = corpusOn();
    await corpus.importRecords(await delivery(3));
    const [v3] = await delivery(3);
    const [v4] = await delivery(4);
    const resent: StoryRecord = { id: 'afp-resend-0042', agency: 'AFP', title: v4.title, text: v4.text };
    expect(await corpus.importRecords([resent])).toMatchObject({ added: 0, updated: 1 });
    expect((await store.load(['afp-resend-0042']))[0]).toMatchObject({ storyId: v3.id, version: 2 });
    // Another agency's story is never taken for a version, however close its text.
    expect(await corpus.importRecords([{ ...resent, id: 'reuters-copy', agency: 'Reuters' }])).toMatchObject({ added: 1, updated: 0 });
    expect(await corpus.count()).toBe(3);
  });

  it('takes a story holding half the sentences of a stored one for a story of its own', async () => {
    const { corpus } = corpusOn();
    const [v3] = await delivery(3);
    await corpus.importRecords([v3]);
    const half = v3.text.split('\n\n').slice(0, 4).join('\n\n');
    expect(await corpus.importRecords([{ id: 'afp-first-half', agency: 'AFP', title: v3.title, text: half }])).toMatchObject({ added: 1, updated: 0 });
  });

  it('finds near-identical versions within one batch too', async () => {
    const { corpus, store } = corpusOn();
    const [v1] = await delivery(1);
    const [v2] = await delivery(2);
    const unnamed = (record: StoryRecord, id: string): StoryRecord => ({ id, agency: record.agency, title: record.title, text: record.text });
    expect(await corpus.importRecords([unnamed(v1, 'resend-1'), unnamed(v2, 'resend-2')])).toMatchObject({ added: 1, updated: 1 });
    expect((await store.list('', 0, 10)).items).toMatchObject([{ id: 'resend-1', versions: 2 }]);
  });

  it('finds versions in the batch before when batches are sent without waiting for each answer', async () => {
    const { corpus, store } = corpusOn();
    const [v1] = await delivery(1);
    const [v2] = await delivery(2);
    const unnamed = (record: StoryRecord, id: string): StoryRecord => ({ id, agency: record.agency, title: record.title, text: record.text });
    const outcomes = await Promise.all([corpus.importRecords([unnamed(v1, 'resend-1')]), corpus.importRecords([unnamed(v2, 'resend-2')])]);
    expect(outcomes).toMatchObject([{ added: 1, updated: 0 }, { added: 0, updated: 1 }]);
    expect((await store.list('', 0, 10)).items).toMatchObject([{ id: 'resend-1', versions: 2 }]);
  });

  it('deletes every version of a story, and exports every version', async () => {
    const { corpus, store } = corpusOn();
    await importFiveDeliveries(corpus);
    const exported = await store.exportPage(0, 100);
    expect(exported.filter((record) => record.storyId === storyId)).toHaveLength(5);
    expect(await corpus.delete([storyId])).toBe(1);
    expect(await store.db.stories.count()).toBe(1);
    expect((await corpus.loadedIndex()).ids()).toEqual(['fict-afp-ostria-budget']);
    expect(await corpus.count()).toBe(1);
  });
});

describe('records naming their story (a backup)', () => {
  it('never overwrite another story whose record has the same id', async () => {
    const { corpus, store } = corpusOn();
    const other: StoryRecord = { id: 'x-1', agency: 'AP', title: 'Fictional other story', text: 'Alpha.' };
    await corpus.importRecords([other]);
    const restored: StoryRecord = { id: 'x-1', storyId: 'story-s', version: 1, agency: 'AFP', title: 'Fictional story S', text: 'Beta.' };
    expect(await corpus.importRecords([restored])).toMatchObject({ added: 1 });
    expect(await store.load(['x-1', 'story-s~v1'])).toEqual([other, { ...restored, id: 'story-s~v1' }]);
    expect(await corpus.count()).toBe(2);
  });
});

/** A database as an earlier build left it, at schema `version` (the schemas as those builds declared them). */
async function earlierDatabase(version: 1 | 3) {
  const name = freshDbName();
  const Dexie = (await import('dexie')).default;
  const old = new Dexie(name);
  old.version(1).stores({ stories: 'id', catalog: 'id, order', indexBlob: 'key', indexState: 'key' });
  if (version === 3) {
    old.version(2).stores({ stories: 'id, storyId, url', catalog: 'id, order, dated' });
    old.version(3).stores({ feeds: 'url, due' });
  }
  return { name, old };
}

describe('a corpus stored before versions (schema 1)', () => {
  it('opens with one version per story, dated for retention, and takes new versions', async () => {
    const { name, old } = await earlierDatabase(1);
    const record: StoryRecord = { id: 'old-1', agency: 'AP', title: 'Fictional old story', text: 'One.\n\nTwo.\n\nThree.', published: '2031-01-02T03:04:05+01:00' };
    await old.table('stories').put(record);
    // Schema 1 counted replacements as versions while keeping only the last record.
    await old.table('catalog').put({ id: 'old-1', agency: 'AP', title: record.title, published: record.published, versions: 3, bytes: 18, search: 'ap fictional old story old-1', order: record.published });
    old.close();

    const { corpus, store } = corpusOn(name);
    expect((await store.list('', 0, 10)).items).toEqual([{ id: 'old-1', agency: 'AP', title: record.title, published: record.published, versions: 1, bytes: 18 }]);
    expect(await store.datedStories()).toEqual([{ id: 'old-1', dated: '2031-01-02T02:04:05.000Z', bytes: 18 }]);
    expect(await corpus.importRecords([{ ...record, text: 'One.\n\nTwo, revised.\n\nThree.' }])).toMatchObject({ updated: 1 });
    expect((await store.versionsOf('old-1')).map((r) => [r.id, r.version])).toEqual([['old-1', 1], ['old-1~v2', 2]]);
  });
});

describe('a corpus stored with listing rows of their own (schema 3)', () => {
  it('opens with each story listed as before: versions, size, search and retention date kept', async () => {
    const { name, old } = await earlierDatabase(3);
    const first: StoryRecord = { id: 'wire-1', agency: 'AFP', title: 'Fictional first title', text: 'One.\n\nTwo.\n\nThree.', storyId: 'wire-1', version: 1 };
    const second: StoryRecord = { ...first, id: 'wire-1~v2', title: 'Fictional second title', text: 'One.\n\nTwo, revised.\n\nThree.', version: 2 };
    const single: StoryRecord = { id: 'snap-1', agency: 'AP', title: 'Fictional snap', text: 'Snap.', url: 'https://example.org/snap', published: '2031-02-03T04:05:06.000Z' };
    await old.table('stories').bulkPut([first, second, single]);
    await old.table('catalog').bulkPut([
      { id: 'wire-1', agency: 'AFP', title: second.title, versions: 2, bytes: 41, search: 'afp fictional second title wire-1', order: '', dated: '2031-01-01T00:00:00.000Z' },
      { id: 'snap-1', agency: 'AP', title: single.title, url: single.url, published: single.published, versions: 1, bytes: 5, search: 'ap fictional snap snap-1', order: single.published, dated: single.published },
    ]);
    old.close();

    const { corpus, store } = corpusOn(name);
    expect(await store.list('', 0, 10)).toEqual({
      items: [
        { id: 'snap-1', agency: 'AP', title: single.title, url: single.url, published: single.published, versions: 1, bytes: 5 },
        { id: 'wire-1', agency: 'AFP', title: second.title, versions: 2, bytes: 41 },
      ],
      total: 2,
    });
    expect((await store.list('second', 0, 10)).items.map((item) => item.id)).toEqual(['wire-1']);
    expect(await store.datedStories()).toEqual([
      { id: 'wire-1', dated: '2031-01-01T00:00:00.000Z', bytes: 41 },
      { id: 'snap-1', dated: single.published, bytes: 5 },
    ]);
    expect(await store.textBytes()).toBe(46);
    expect(await corpus.count()).toBe(2);
    expect(await store.load(['wire-1~v2'])).toEqual([second]);
    expect(store.db.tables.map((table) => table.name)).not.toContain('catalog');
  });
});

describe('a story\'s newest version', () => {
  it('is the highest version; of equal ones (unnumbered records are version 1), the one met last', () => {
    expect([supersedes({ version: 3 }, { version: 2 }), supersedes({ version: 2 }, { version: 3 })]).toEqual([true, false]);
    expect([supersedes({ version: 1 }, {}), supersedes({}, { version: 1 }), supersedes({}, { version: 2 })]).toEqual([true, true, false]);
  });
});

describe('a story\'s listing', () => {
  it('rides on its newest version only, moves to a newer one, and never leaves the store', async () => {
    const { corpus, store } = corpusOn();
    const first: StoryRecord = { id: 'moving-1', agency: 'AFP', title: 'Fictional moving story', text: 'One fact.\n\nTwo facts.\n\nThree facts.' };
    await corpus.importRecords([first]);
    await corpus.importRecords([{ ...first, title: 'Fictional moving story, updated', text: 'One fact.\n\nTwo facts, revised.\n\nThree facts.' }]);
    const listed = await store.db.stories.orderBy('listed').primaryKeys();
    expect(listed).toEqual(['moving-1~v2']);
    expect((await store.list('', 0, 10)).items).toEqual([{ id: 'moving-1', agency: 'AFP', title: 'Fictional moving story, updated', versions: 2, bytes: 79 }]);
    const everywhere = [...(await store.exportPage(0, 10)), ...(await store.versionsOf('moving-1')), ...(await store.load(['moving-1~v2']))];
    expect(everywhere.filter((record) => 'listed' in record)).toEqual([]);
    expect(await corpus.delete(['moving-1'])).toBe(1);
    expect(await store.list('', 0, 10)).toEqual({ items: [], total: 0 });
    expect(await store.db.stories.count()).toBe(0);
  });

  it('keeps the story count and text size the listings add up to, through versions, re-deliveries and deletes', async () => {
    const { corpus, store } = corpusOn();
    const sentences = [
      'Fictional harbour workers walked out on Monday.',
      'The orchard cooperative reported a record apple harvest.',
      'A glacier survey found the ice retreating faster.',
      'Lantern makers in the old town raised their prices.',
      'Meadow restoration began along the northern river.',
      'The quarry closed after a dispute over licences.',
      'Ferry crossings to the island resumed after the storm.',
      'A violin maker won the regional craft prize.',
      'Night trains will stop at the new border station.',
      'Beekeepers warned of a poor honey season.',
      'The city library opened a second reading room.',
      'Salt prices rose after the coastal pans flooded.',
    ];
    // Texts that share no sentence (n from 0 to 3), so that no two are near-identical versions of one story.
    const text = (n: number) => sentences.slice(n * 3, n * 3 + 3).join('\n\n');
    const recount = async () => {
      const keys = (await store.db.stories.orderBy('listed').keys()) as unknown as Array<[string, string, string, number]>;
      const records = await store.exportPage(0, 1000);
      return { stories: keys.length, bytes: keys.reduce((sum, key) => sum + key[3], 0), textBytes: records.reduce((sum, r) => sum + new TextEncoder().encode(r.text).byteLength, 0) };
    };
    const check = async () => {
      const { stories, bytes, textBytes } = await recount();
      expect([await store.count(), await store.textBytes()]).toEqual([stories, bytes]);
      expect(bytes).toBe(textBytes);
    };
    await corpus.importRecords([0, 1, 2].map((n) => ({ id: `t-${n + 1}`, agency: 'AP', title: `Fictional ${n + 1}`, text: text(n) })));
    await check();
    // A new version of t-1 (new text), a re-delivery of t-2 with a URL (same record, its details refreshed).
    await corpus.importRecords([
      { id: 't-1', agency: 'AP', title: 'Fictional 1', text: text(3) },
      { id: 't-2', agency: 'AP', title: 'Fictional 2', text: text(1), url: 'https://example.org/t-2' },
    ]);
    await check();
    expect([await store.count(), (await store.list('', 0, 10)).items.find((item) => item.id === 't-2')?.url]).toEqual([3, 'https://example.org/t-2']);
    // A backup restoring an older version of t-3 under its story.
    await corpus.importRecords([{ id: 't-3-old', storyId: 't-3', version: 1, agency: 'AP', title: 'Fictional 3', text: `${text(2)}\n\nAn earlier fictional paragraph.` }]);
    await check();
    expect((await store.list('', 0, 10)).items.find((item) => item.id === 't-3')?.versions).toBe(2);
    await corpus.delete(['t-1', 'unknown', 't-1']);
    await check();
    expect(await store.count()).toBe(2);
    await corpus.clear();
    expect([await store.count(), await store.textBytes()]).toEqual([0, 0]);
  });

  it('counts a record given twice in one store call once, as the last one given', async () => {
    const store = new StoryStore(openDb(freshDbName()));
    const record: StoryRecord = { id: 'twice-1', agency: 'AP', title: 'Fictional first take', text: 'First take.' };
    await store.put([record, { ...record, title: 'Fictional second take', text: 'Second take.' }]);
    expect(await store.list('', 0, 10)).toEqual({ items: [{ id: 'twice-1', agency: 'AP', title: 'Fictional second take', versions: 1, bytes: 12 }], total: 1 });
    expect(await store.textBytes()).toBe(12);
  });

  it('counts right when a transaction reads and stores a story twice (what load read is not trusted after a write)', async () => {
    const store = new StoryStore(openDb(freshDbName()));
    const record: StoryRecord = { id: 'reread-1', agency: 'AP', title: 'Fictional first take', text: 'First take.' };
    await store.inTransaction(async () => {
      expect(await store.load([record.id])).toEqual([]);
      await store.put([record]);
      expect(await store.load([record.id])).toEqual([record]);
      await store.put([{ ...record, title: 'Fictional second take' }]);
    });
    expect([await store.count(), (await store.list('', 0, 10)).items.map((item) => item.title)]).toEqual([1, ['Fictional second take']]);
  });
});
