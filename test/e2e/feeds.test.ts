/**
 * Feed subscriptions in real Chromium: a feed served from 127.0.0.1 is added on the options page (host access
 * asked inside the click), fetched and parsed by the service worker (linkedom for the HTML in items, no
 * DOMParser there) and its items counted; a feed that answers with garbage shows why and leaves the corpus alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, launch, openOptions, root, serve, skipE2e, type Session, type TestServer } from './harness';

const rss = readFileSync(join(root, 'test/fixtures/feeds/rss2.xml'), 'utf8');

describe.skipIf(skipE2e)('feed subscriptions', () => {
  let session: Session;
  let server: TestServer;
  let options: Page;

  beforeAll(async () => {
    server = await serve({ '/rss.xml': rss, '/not-a-feed': '<!doctype html><html><body><p>Sign in to read.</p></body></html>' });
    session = await launch(buildExtension());
    options = await openOptions(session);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function addFeed(url: string): Promise<void> {
    await options.getByTestId('feed-url').fill(url);
    await options.getByTestId('feed-add').click();
  }

  /**
   * The feed's row once listed (after its first poll); if it never is, the failure says what the page said
   * meanwhile. Longer than a poll's own fetch timeout (30 s), so a feed that did not answer shows its error.
   */
  async function listed(url: string) {
    const feed = options.locator(`[data-testid="feed"][data-url="${url}"]`);
    await feed.waitFor({ timeout: 45_000 }).catch(async (error: unknown) => {
      const status = await options.getByTestId('feeds-status').textContent();
      const list = await options.getByTestId('feed-list').textContent();
      throw new Error(`${url} was not listed. Status: "${status}". List: "${list}". ${String(error)}`);
    });
    return feed;
  }

  it('adds a feed through the options page and counts its items in the corpus', async () => {
    await addFeed(`${server.origin}/rss.xml`);
    const feed = await listed(`${server.origin}/rss.xml`);
    expect(await feed.getAttribute('data-imported')).toBe('3');
    expect(await feed.getAttribute('data-failures')).toBe('0');
    await options.getByTestId('corpus-count').filter({ hasText: '3' }).waitFor({ timeout: 15_000 });
    // The item whose title carries markup is listed as text, its script never run.
    await options.getByTestId('story').filter({ hasText: '<script>alert("x")</script> Central bank holds rates' }).waitFor();
    const worker = await session.worker();
    expect(await worker.evaluate(async () => (await chrome.alarms.get('wiretrace-feeds'))?.periodInMinutes)).toBe(15);
  });

  it('shows why a feed that answers with a web page fails, and stores nothing from it', async () => {
    await addFeed(`${server.origin}/not-a-feed`);
    const feed = await listed(`${server.origin}/not-a-feed`);
    expect(await feed.getAttribute('data-failures')).toBe('1');
    expect(await feed.getByTestId('feed-error').textContent()).toBe('Could not be read: the address answered with a web page, not a feed. Failed checks in a row: 1.');
    expect(await options.getByTestId('corpus-count').textContent()).toBe('3');

    await feed.getByTestId('feed-remove').click();
    await feed.waitFor({ state: 'detached' });
    expect(await options.getByTestId('feed').count()).toBe(1);
  });
});
