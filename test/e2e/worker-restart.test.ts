/**
 * A stopped and woken service worker still traces correctly, with its index read from storage rather than
 * rebuilt from every story, and still answers the popup from the state cached before the stop.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusStats } from '../../src/messages';
import { buildExtension, fixtures, importCorpus, launch, openPopup, sendFromPage, serve, skipE2e, stopWorker, type Session, type TestServer } from './harness';

const article = readFileSync(join(fixtures, 'derived-article.html'), 'utf8');

describe.skipIf(skipE2e)('service worker restart', () => {
  let session: Session;
  let server: TestServer;
  let options: Page;

  beforeAll(async () => {
    server = await serve({ '/news/port-strike-ends': article, '/news/port-strike-ends-again': article });
    session = await launch(buildExtension());
    options = await importCorpus(session, [join(fixtures, 'corpus.jsonl')], 8);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function stats(): Promise<CorpusStats> {
    return sendFromPage<CorpusStats>(options, 'corpus-stats', {});
  }

  async function badgeOf(url: string): Promise<string> {
    const worker = await session.worker();
    return worker.evaluate(async (pattern) => {
      const [tab] = await chrome.tabs.query({ url: pattern });
      return tab?.id === undefined ? 'no tab' : chrome.action.getBadgeText({ tabId: tab.id });
    }, url.replace(/^http:\/\/127\.0\.0\.1:\d+/, '*://127.0.0.1'));
  }

  it('traces again after the worker was stopped, reading the stored index', async () => {
    const first = await session.context.newPage();
    await first.goto(`${server.origin}/news/port-strike-ends`);
    await expect.poll(() => badgeOf(first.url()), { timeout: 15_000 }).toMatch(/^R \d+%$/);
    // The index is written shortly after the import; wait for it before pulling the plug.
    await expect.poll(async () => (await stats()).indexBytes, { timeout: 15_000 }).toBeGreaterThan(0);

    await stopWorker(options);

    // A woken worker has not needed its index yet...
    expect(await stats()).toMatchObject({ count: 8, indexSource: 'not-loaded' });

    // ...and a new page traced by it gets the same answer, from the index it read from storage.
    const second = await session.context.newPage();
    await second.goto(`${server.origin}/news/port-strike-ends-again`);
    await expect.poll(() => badgeOf(second.url()), { timeout: 15_000 }).toMatch(/^R \d+%$/);
    expect(await badgeOf(second.url())).toBe(await badgeOf(first.url()));
    expect((await stats()).indexSource).toBe('stored');

    const popup = await openPopup(session, second);
    try {
      await popup.waitForTestId(['verdict']);
      expect(await popup.texts('source-agency')).toEqual(['Reuters']);
      expect(await popup.texts('cut-sentence')).toHaveLength(2);
    } finally {
      await popup.close();
    }
  });

  it('answers the popup for a page traced before the stop, from the cached state', async () => {
    await stopWorker(options);
    expect((await stats()).indexSource).toBe('not-loaded');
    const page = session.context.pages().find((p) => p.url().endsWith('/news/port-strike-ends'))!;
    const popup = await openPopup(session, page);
    try {
      await popup.waitForTestId(['verdict']);
      expect(await popup.texts('source-agency')).toEqual(['Reuters']);
      // The cached result answered: the woken worker did not need the index for this.
      expect((await stats()).indexSource).toBe('not-loaded');
    } finally {
      await popup.close();
    }
  });
});
