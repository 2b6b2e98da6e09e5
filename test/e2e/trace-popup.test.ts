/**
 * The extension as a reader meets it, in real headless Chromium: import a corpus through the options page,
 * open an article built from a wire story, open the popup and read what it shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, buildExtension, fixtures, importCorpus, launch, openPopup, sendFromPage, serve, skipE2e, type Session, type TestServer } from './harness';

const article = readFileSync(join(fixtures, 'derived-article.html'), 'utf8');
const corpus = readFileSync(join(fixtures, 'corpus.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const source = corpus.find((story) => story.id === 'fict-reuters-valdoria-port-2');

describe.skipIf(skipE2e)('tracing an article in Chromium', () => {
  let session: Session;
  let server: TestServer;
  let options: Page;

  beforeAll(async () => {
    server = await serve({ '/news/port-strike-ends': article, '/news/port-strike-ends-again': article });
    session = await launch(buildExtension());
    options = await importCorpus(session, [join(fixtures, 'corpus.jsonl')], corpus.length);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows the wire source, the cut sentences and the changed quote in the popup', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/news/port-strike-ends`);
    const popup = await openPopup(session, page);
    try {
      await popup.waitForTestId(['verdict']);
      expect(await popup.evaluate(`document.querySelector('[data-testid="verdict"]').dataset.verdict`)).toBe('derived');
      expect(await popup.texts('source-title')).toEqual([source.title]);
      expect(await popup.texts('source-agency')).toEqual(['Reuters']);
      const [confidence] = await popup.texts('confidence');
      expect(Number.parseInt(confidence, 10)).toBeGreaterThanOrEqual(50);

      const cut = await popup.texts('cut-sentence');
      expect(cut).toEqual([
        'Transport Minister Ilse Brandt had warned on Wednesday that the government could order workers back if the dispute lasted beyond the weekend.',
        'The strike was the longest at the port since 2019, when a nine-day stoppage ended with a 6 percent pay rise.',
      ]);
      const quotes = await popup.texts('changed-quote');
      expect(quotes).toHaveLength(1);
      expect(quotes[0]).toContain('This agreement shows that workers who stand together are heard');
      expect(quotes[0]).toContain('This agreement proves that workers who stand together are finally listened to');
      await popup.screenshot(artifactPath('popup.png'));
    } finally {
      await popup.close();
    }
  });

  it('sets the toolbar badge to the agency initial and the reuse share', async () => {
    const worker = await session.worker();
    const badge = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: '*://127.0.0.1/news/port-strike-ends' });
      return chrome.action.getBadgeText({ tabId: tab.id });
    });
    expect(badge).toMatch(/^R \d{1,3}%$/);
  });

  it('lists the imported stories for the options page', async () => {
    const list = await sendFromPage<{ total: number; items: Array<{ id: string }> }>(options, 'corpus-list', { query: 'valdorian', offset: 0, limit: 10 });
    expect(list.items.map((item) => item.id).sort()).toEqual(['fict-reuters-valdoria-port-1', 'fict-reuters-valdoria-port-2']);
  });

  it('refuses page messages from a web page’s content world', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/news/port-strike-ends`);
    // A web page has no runtime.sendMessage to this extension (no externally_connectable): the API is absent.
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
    await page.close();
  });

  it('with auto-trace off, reads nothing at load and traces when the popup asks, through the content script', async () => {
    await sendFromPage(options, 'settings-set', { autoTrace: false });
    const page = await session.context.newPage();
    try {
      await page.goto(`${server.origin}/news/port-strike-ends-again`);
      const worker = await session.worker();
      const stateAtLoad = await worker.evaluate(async (href) => {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === href);
        return (await chrome.storage.session.get(`tab:${tab?.id}`))[`tab:${tab?.id}`] ?? null;
      }, page.url());
      expect(stateAtLoad).toBeNull();
      const popup = await openPopup(session, page);
      try {
        await popup.waitForTestId(['verdict']);
        expect(await popup.texts('source-title')).toEqual([source.title]);
      } finally {
        await popup.close();
      }
    } finally {
      await sendFromPage(options, 'settings-set', { autoTrace: true });
      await page.close();
    }
  });
});
