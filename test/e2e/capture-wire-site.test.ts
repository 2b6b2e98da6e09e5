/**
 * Wire-site capture in real headless Chromium: www.reuters.com is mapped to the local test server, the user accepts
 * capture on the options page that opened at install, and a (fictional) Reuters story read there joins the corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, fixtures, importCorpus, launch, openPopup, root, sendFromPage, serve, skipE2e, type Session, type TestServer } from './harness';

const article = readFileSync(join(root, 'test/fixtures/capture/reuters-article.html'), 'utf8');
const path = '/world/europe/norlandia-ferry-crews-agree-pay-deal-2031-11-03/';
const storyId = `https://www.reuters.com${path}`;
const corpusSize = readFileSync(join(fixtures, 'corpus.jsonl'), 'utf8').trim().split('\n').length;

/** Polls `read` until `done` holds of its value (30 s at most). */
async function waitFor<T>(read: () => Promise<T>, done: (value: T) => unknown, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

describe.skipIf(skipE2e)('capturing a story from a wire site in Chromium', () => {
  let session: Session;
  let server: TestServer;
  let options: Page;
  let welcome: Page;
  let wireUrl: string;

  beforeAll(async () => {
    server = await serve({ [path]: article });
    const port = new URL(server.origin).port;
    wireUrl = `http://www.reuters.com:${port}${path}`;
    session = await launch(buildExtension(), { args: [`--host-resolver-rules=MAP www.reuters.com 127.0.0.1:${port}`] });
    welcome = session.installed;
    options = await importCorpus(session, [join(fixtures, 'corpus.jsonl')], corpusSize);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const count = async () => (await sendFromPage<{ count: number }>(options, 'corpus-stats', {})).count;

  /** The wire tab's badge text and tooltip, read in the service worker. */
  async function badgeOf(): Promise<{ text: string; title: string }> {
    const worker = await session.worker();
    return worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: '*://www.reuters.com/*' });
      return { text: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
    });
  }

  it('offers capture on the options page opened at install, and leaves it off until accepted', async () => {
    await welcome.getByTestId('capture-welcome').waitFor();

    const page = await session.context.newPage();
    await page.goto(wireUrl);
    expect(await page.title()).toContain('Norlandia');
    // Not captured yet: the story is traced like any page (it matches nothing), and the corpus does not grow.
    const tabId = await session.worker().then((worker) => worker.evaluate(async () => (await chrome.tabs.query({ url: '*://www.reuters.com/*' }))[0].id));
    const state = await sendFromPage<{ status: string; captured?: boolean; corpusCount: number }>(options, 'tab-state', { tabId });
    expect(state).toMatchObject({ status: 'done', corpusCount: corpusSize });
    expect(state.captured).toBeUndefined();
    expect((await badgeOf()).text).not.toBe('+');
    expect(await count()).toBe(corpusSize);

    await welcome.getByTestId('capture-accept').click();
    await welcome.getByTestId('capture-welcome-answer').waitFor();
    expect(await welcome.getByTestId('capture-enabled').isChecked()).toBe(true);
    await page.close();
  });

  it('adds the story read on the wire site to the corpus and shows the capture badge', async () => {
    const page = await session.context.newPage();
    await page.goto(wireUrl);
    await waitFor(count, (n) => n === corpusSize + 1, 'corpus count');
    const list = await sendFromPage<{ items: Array<{ id: string; agency: string; title: string; published?: string }> }>(options, 'corpus-list', {
      query: 'norlandia ferry',
      offset: 0,
      limit: 10,
    });
    expect(list.items).toEqual([
      expect.objectContaining({
        id: storyId,
        agency: 'Reuters',
        title: "Norlandia's ferry crews agree three-year pay deal, ending threat of winter strike",
        published: '2031-11-03T08:05:00Z',
      }),
    ]);
    expect(await waitFor(badgeOf, (badge) => badge.text === '+', 'capture badge')).toEqual({ text: '+', title: 'Captured into your corpus' });

    const popup = await openPopup(session, page);
    try {
      await popup.waitForTestId(['state-captured']);
      expect(await popup.texts('corpus-size')).toEqual([expect.stringContaining(String(corpusSize + 1))]);
    } finally {
      await popup.close();
    }
  });

  it('does not add the story again on a revisit', async () => {
    const [page] = session.context.pages().filter((p) => p.url().startsWith(wireUrl));
    await page.goto(`${wireUrl}?utm_source=revisit`);
    // The new URL clears the badge; the capture sets it again, without a new story.
    await waitFor(badgeOf, (badge) => badge.text === '+', 'capture badge after the revisit');
    expect(await count()).toBe(corpusSize + 1);
  });
});
