import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ask, backgroundOnFakes } from '../background/helpers';
import { fixture, startFeedServer, type FeedServer } from './feed-server';

let server: FeedServer;
beforeEach(async () => {
  server = await startFeedServer();
  server.routes.set('/rss.xml', { body: fixture('rss2.xml') });
});
afterEach(() => server.close());

describe('feed messages', () => {
  it('add, list, check and remove from the options page', async () => {
    const { browser, route, corpus } = backgroundOnFakes();
    const options = browser.pageSender('options.html', 3);
    const added = await ask(route, { type: 'feed-add', payload: { url: server.url('/rss.xml'), agency: ' Reuters ' } }, options);
    expect(added).toMatchObject({ ok: true, value: { url: server.url('/rss.xml'), agency: 'Reuters', imported: 3 } });
    expect(await corpus.count()).toBe(3);
    const listed = await ask(route, { type: 'feed-list', payload: {} }, options);
    expect(listed.ok && (listed.value as { feeds: unknown[] }).feeds).toHaveLength(1);
    expect(await ask(route, { type: 'feed-poll', payload: { url: server.url('/rss.xml') } }, options)).toMatchObject({ ok: true, value: { failures: 0 } });
    expect(await ask(route, { type: 'feed-remove', payload: { url: server.url('/rss.xml') } }, options)).toEqual({ ok: true, value: { removed: true } });
  });

  it('refuses malformed payloads and senders other than extension pages', async () => {
    const { browser, route } = backgroundOnFakes();
    browser.addTab({ id: 5, url: 'https://news.example/article' });
    const options = browser.pageSender('options.html', 3);
    expect(await ask(route, { type: 'feed-add', payload: { url: 42 } }, options)).toEqual({ ok: false, error: 'url must be a web address.' });
    expect(await ask(route, { type: 'feed-add', payload: { url: server.url('/rss.xml'), fullArticle: 'yes' } }, options)).toEqual({
      ok: false,
      error: 'fullArticle must be true or false.',
    });
    const fromPage = await ask(route, { type: 'feed-add', payload: { url: server.url('/rss.xml') } }, browser.contentSender(5));
    expect(fromPage).toEqual({ ok: false, error: '"feed-add" is accepted from the extension\'s own pages only.' });
    expect(server.requests).toHaveLength(0);
  });
});
