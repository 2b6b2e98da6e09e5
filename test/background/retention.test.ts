/** Retention: keep stories N days and/or at most N MB, oldest first, every version of a story together. */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { CorpusService } from '../../src/background/corpus-service';
import { openDb } from '../../src/background/db';
import { Retention, storiesBeyondLimits, type RetentionLimits } from '../../src/background/retention';
import { retentionAlarm, scheduleRetention } from '../../src/background/retention-alarm';
import { StoryStore } from '../../src/background/story-store';
import { readSettings, writeSettings } from '../../src/platform/settings';
import { ask, backgroundOnFakes, freshDbName, story } from './helpers';
import { FakeBrowser } from './fake-browser';

const day = 86_400_000;
const now = Date.parse('2031-06-30T12:00:00Z');
const MB = 1024 * 1024;

describe('storiesBeyondLimits', () => {
  const stories = [
    { id: 'old', dated: '2031-05-01T00:00:00.000Z', bytes: 3 * MB },
    { id: 'mid', dated: '2031-06-10T00:00:00.000Z', bytes: 2 * MB },
    { id: 'new', dated: '2031-06-29T00:00:00.000Z', bytes: 1 * MB },
  ];

  it('keeps everything without limits', () => {
    expect(storiesBeyondLimits(stories, {}, now)).toEqual([]);
  });

  it('drops stories dated before the last N days', () => {
    expect(storiesBeyondLimits(stories, { keepDays: 30 }, now)).toEqual(['old']);
    expect(storiesBeyondLimits(stories, { keepDays: 10 }, now)).toEqual(['old', 'mid']);
  });

  it('drops the oldest stories until the corpus, index included, fits in N MB', () => {
    expect(storiesBeyondLimits(stories, { maxMegabytes: 6 }, now)).toEqual([]);
    expect(storiesBeyondLimits(stories, { maxMegabytes: 5 }, now)).toEqual(['old']);
    expect(storiesBeyondLimits(stories, { maxMegabytes: 5 }, now, 2)).toEqual(['old', 'mid']);
    expect(storiesBeyondLimits(stories, { keepDays: 30, maxMegabytes: 1 }, now)).toEqual(['old', 'mid']);
  });
});

function retentionOn(limits: RetentionLimits, at = now) {
  const store = new StoryStore(openDb(freshDbName()));
  const corpus = new CorpusService(store, { persistDelayMs: 5 });
  return { store, corpus, retention: new Retention(store, corpus, async () => limits, () => at) };
}

describe('Retention on the stored corpus', () => {
  it('deletes stories older than N days with every version, from the stories and the index', async () => {
    const { corpus, store, retention } = retentionOn({ keepDays: 30 });
    await corpus.importRecords([
      story('april', { published: '2031-04-02T08:00:00Z' }),
      story('june', { published: '2031-06-20T08:00:00Z' }),
    ]);
    // A later version of the April story, published in May: the story is dated by its newest version.
    await corpus.importRecords([story('april', { title: 'Fictional story april, updated', published: '2031-05-03T08:00:00Z' })]);
    expect(await store.db.stories.count()).toBe(3);
    expect(await retention.enforce()).toBe(1);
    expect((await store.list('', 0, 10)).items.map((item) => item.id)).toEqual(['june']);
    expect(await store.db.stories.count()).toBe(1);
    expect((await corpus.loadedIndex()).ids()).toEqual(['june']);
    expect(await retention.enforce()).toBe(0);
  });

  it('dates an undated story by its import time', async () => {
    const { corpus, store } = retentionOn({});
    await corpus.importRecords([story('undated', { published: undefined })]);
    const imported = Date.now();
    const soon = new Retention(store, corpus, async () => ({ keepDays: 2 }), () => imported + day);
    expect(await soon.enforce()).toBe(0);
    const later = new Retention(store, corpus, async () => ({ keepDays: 2 }), () => imported + 3 * day);
    expect(await later.enforce()).toBe(1);
    expect(await corpus.count()).toBe(0);
  });

  it('deletes the oldest stories while the corpus takes more than N MB', async () => {
    // 700 kB of text in few sentences, so the engine indexes it quickly.
    const big = (id: string, published: string) => story(id, { published, text: `Fictional ${id} ${'x'.repeat(7_000)}.\n\n`.repeat(100) });
    const { corpus, store, retention } = retentionOn({ maxMegabytes: 1 });
    await corpus.importRecords([big('first', '2031-01-01'), big('second', '2031-02-01'), big('third', '2031-03-01')]);
    expect(await store.textBytes()).toBeGreaterThan(1.5 * MB);
    expect(await retention.enforce()).toBe(2);
    expect((await store.list('', 0, 10)).items.map((item) => item.id)).toEqual(['third']);
  });
});

describe('retention settings and triggers', () => {
  it('stores the limits, 0 meaning none, and rejects anything but whole numbers', async () => {
    const { api } = new FakeBrowser();
    expect(await writeSettings(api, { keepDays: 30, maxMegabytes: 500 })).toMatchObject({ keepDays: 30, maxMegabytes: 500 });
    const cleared = await writeSettings(api, { keepDays: 0 });
    expect(cleared).not.toHaveProperty('keepDays');
    expect(cleared.maxMegabytes).toBe(500);
    await expect(writeSettings(api, { keepDays: -1 })).rejects.toThrow(/keepDays/);
    await expect(writeSettings(api, { maxMegabytes: 1.5 })).rejects.toThrow(/maxMegabytes/);
    expect(await readSettings(api)).toEqual(cleared);
  });

  it('enforces the saved settings when the options page asks', async () => {
    const background = backgroundOnFakes();
    const from = background.browser.pageSender('options.html');
    await ask(background.route, { type: 'import-records', payload: { records: [story('ancient', { published: '2001-01-01' }), story('fresh', { published: new Date().toISOString() })] } }, from);
    expect(await ask(background.route, { type: 'corpus-retention', payload: {} }, from)).toEqual({ ok: true, value: { deleted: 0 } });
    await ask(background.route, { type: 'settings-set', payload: { keepDays: 365 } }, from);
    expect(await ask(background.route, { type: 'corpus-retention', payload: {} }, from)).toEqual({ ok: true, value: { deleted: 1 } });
    expect(await background.corpus.count()).toBe(1);
  });

  it('creates the daily alarm once, so a waking worker does not postpone it', async () => {
    const alarms = new Map<string, unknown>();
    const api = {
      get: vi.fn(async (name: string) => alarms.get(name)),
      create: vi.fn(async (name: string, info: unknown) => void alarms.set(name, info)),
    };
    await scheduleRetention(api as never);
    await scheduleRetention(api as never);
    expect(api.create).toHaveBeenCalledOnce();
    expect(alarms.get(retentionAlarm)).toMatchObject({ periodInMinutes: 24 * 60 });
  });
});
