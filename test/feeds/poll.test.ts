import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedAlarm } from '../../src/background/feeds/feed-service';
import { fixture, refusedUrl, startFeedServer, type FeedServer } from './feed-server';
import { feedsOnFakes, minute, start } from './helpers';

let server: FeedServer;
beforeEach(async () => {
  server = await startFeedServer();
});
afterEach(() => server.close());

const rssIds = ['https://example.com/plain-1', 'https://www.reuters.com/markets/central-bank-holds-2024-03-06/', 'urn:reuters:port-strike-20240305'];

describe('subscribing to a feed', () => {
  it('imports the feed items at once, says what it skipped, and starts the alarm', async () => {
    server.routes.set('/rss.xml', { body: fixture('rss2.xml'), etag: '"v1"' });
    const t = feedsOnFakes();
    const status = await t.feeds.add({ url: server.url('/rss.xml#top') });
    expect(status).toMatchObject({
      url: server.url('/rss.xml'),
      failures: 0,
      items: 3,
      imported: 3,
      lastSuccess: new Date(start).toISOString(),
      nextPoll: new Date(start + 15 * minute).toISOString(),
      lastReport: { added: 3, updated: 0, skipped: 1, fullTextMissed: 0 },
    });
    expect(status.lastReport?.firstProblem).toMatch(/item 4 .*has no text/);
    expect(await t.storyIds()).toEqual(rssIds);
    expect(t.browser.alarms.get(feedAlarm)).toEqual({ periodInMinutes: 15, delayInMinutes: 15 });
    // No cookies go to feed hosts, and the first request is unconditional.
    expect(server.requests).toEqual([{ path: '/rss.xml' }]);
  });

  it('reads Atom, JSON Feed and NewsML-G2 through the same ingest code as a file import', async () => {
    const t = feedsOnFakes();
    for (const [path, name, type] of [
      ['/atom', 'atom.xml', 'application/atom+xml'],
      ['/json', 'jsonfeed.json', 'application/feed+json'],
      ['/newsml', 'newsml-item.xml', 'application/xml'],
    ]) {
      server.routes.set(path, { body: fixture(name), contentType: type });
      expect(await t.feeds.add({ url: server.url(path) })).toMatchObject({ failures: 0 });
    }
    expect((await t.feeds.list()).map((feed) => [feed.items, feed.imported])).toEqual([[3, 3], [2, 2], [1, 1]]);
    expect(await t.corpus.count()).toBe(6);
  });

  it('refuses an address twice, an address that is no web address, and credentials in it', async () => {
    server.routes.set('/rss.xml', { body: fixture('rss2.xml') });
    const t = feedsOnFakes();
    await t.feeds.add({ url: server.url('/rss.xml') });
    await expect(t.feeds.add({ url: server.url('/rss.xml') })).rejects.toThrow('already subscribed');
    await expect(t.feeds.add({ url: 'ftp://example.com/feed' })).rejects.toThrow('http:// or https://');
    await expect(t.feeds.add({ url: 'not a url' })).rejects.toThrow('is not a web address');
    await expect(t.feeds.add({ url: 'https://user:secret@example.com/feed' })).rejects.toThrow('user name or password');
    expect(await t.feeds.list()).toHaveLength(1);
  });

  it('removing the last feed stops the alarm and keeps its stories', async () => {
    server.routes.set('/rss.xml', { body: fixture('rss2.xml') });
    const t = feedsOnFakes();
    await t.feeds.add({ url: server.url('/rss.xml') });
    expect(await t.feeds.remove(server.url('/rss.xml'))).toBe(true);
    expect(await t.feeds.remove(server.url('/rss.xml'))).toBe(false);
    expect(t.browser.alarms.has(feedAlarm)).toBe(false);
    expect(await t.corpus.count()).toBe(3);
    await expect(t.feeds.poll(server.url('/rss.xml'))).rejects.toThrow('not subscribed');
  });
});

describe('polling', () => {
  it('asks with the stored ETag; a 304 changes nothing but the schedule', async () => {
    server.routes.set('/rss.xml', { body: fixture('rss2.xml'), etag: '"v1"' });
    const t = feedsOnFakes();
    const first = await t.feeds.add({ url: server.url('/rss.xml') });
    t.advance(15 * minute);
    const second = await t.feeds.poll(server.url('/rss.xml'));
    expect(server.requests.at(-1)).toEqual({ path: '/rss.xml', ifNoneMatch: '"v1"' });
    expect(second).toMatchObject({ failures: 0, items: 3, imported: 3, nextPoll: new Date(start + 30 * minute).toISOString() });
    expect(second.lastReport).toBeUndefined();
    expect(second.lastSuccess).not.toBe(first.lastSuccess);
    expect(await t.corpus.count()).toBe(3);
  });

  it('uses Last-Modified when the server gives no ETag', async () => {
    const lastModified = 'Tue, 05 Mar 2024 10:15:00 GMT';
    server.routes.set('/rss.xml', { body: fixture('rss2.xml'), lastModified });
    const t = feedsOnFakes();
    await t.feeds.add({ url: server.url('/rss.xml') });
    const again = await t.feeds.poll(server.url('/rss.xml'));
    expect(server.requests.at(-1)).toEqual({ path: '/rss.xml', ifModifiedSince: lastModified });
    expect(again.lastReport).toBeUndefined();
  });

  it('imports new and changed items only, and does not bring back a story the user deleted', async () => {
    server.routes.set('/rss.xml', { body: fixture('rss2.xml'), etag: '"v1"' });
    const t = feedsOnFakes();
    await t.feeds.add({ url: server.url('/rss.xml') });
    await t.corpus.delete(['urn:reuters:port-strike-20240305']);

    server.routes.set('/rss.xml', { body: fixture('rss2-updated.xml'), etag: '"v2"' });
    const status = await t.feeds.poll(server.url('/rss.xml'));
    expect(status).toMatchObject({ items: 4, imported: 5, lastReport: { added: 1, updated: 1, skipped: 0 } });
    expect(await t.storyIds()).toEqual([...rssIds.filter((id) => !id.startsWith('urn:reuters:port')), 'urn:reuters:bridge-reopens-20240307'].sort());
    const texts = (await t.store.exportPage(0, 100)).map((record) => record.text);
    expect(texts).toContain('Floods closed the main road on Monday and Tuesday.');
  });

  it('polls only the feeds that are due when the alarm fires', async () => {
    server.routes.set('/a.xml', { body: fixture('rss2.xml') });
    server.routes.set('/b.xml', { body: fixture('atom.xml'), contentType: 'application/atom+xml' });
    const t = feedsOnFakes();
    await t.feeds.add({ url: server.url('/a.xml') });
    t.advance(5 * minute);
    await t.feeds.add({ url: server.url('/b.xml') });
    server.requests.length = 0;

    t.advance(10 * minute); // a is due now, b in five minutes
    await t.feeds.pollDue();
    expect(server.requests.map((request) => request.path)).toEqual(['/a.xml']);
    t.advance(5 * minute);
    await t.feeds.pollDue();
    expect(server.requests.map((request) => request.path)).toEqual(['/a.xml', '/b.xml']);
  });

  it('joins a poll already running for the same feed', async () => {
    server.routes.set('/rss.xml', { body: fixture('rss2.xml') });
    const t = feedsOnFakes();
    await t.feeds.add({ url: server.url('/rss.xml') });
    server.requests.length = 0;
    const [a, b] = await Promise.all([t.feeds.poll(server.url('/rss.xml')), t.feeds.poll(server.url('/rss.xml'))]);
    expect(a).toEqual(b);
    expect(server.requests).toHaveLength(1);
  });
});

describe('a feed that fails', () => {
  it('backs off exponentially up to a day, keeps its validators and never touches the corpus', async () => {
    server.routes.set('/rss.xml', { body: fixture('rss2.xml'), etag: '"v1"' });
    const t = feedsOnFakes();
    await t.feeds.add({ url: server.url('/rss.xml') });
    server.routes.set('/rss.xml', { status: 500 });

    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const status = await t.feeds.poll(server.url('/rss.xml'));
      expect(status).toMatchObject({ failures: i + 1, lastError: 'the server answered HTTP 500 Internal Server Error', items: 3, imported: 3 });
      waits.push((Date.parse(status.nextPoll) - t.now()) / minute);
      t.advance(Date.parse(status.nextPoll) - t.now());
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1440, 1440]);
    expect(server.requests.at(-1)?.ifNoneMatch).toBe('"v1"');
    expect(await t.corpus.count()).toBe(3);

    server.routes.set('/rss.xml', { body: fixture('rss2.xml'), etag: '"v1"' });
    const recovered = await t.feeds.poll(server.url('/rss.xml'));
    expect(recovered).toMatchObject({ failures: 0, lastError: 'the server answered HTTP 500 Internal Server Error', lastSuccess: new Date(t.now()).toISOString() });
    expect(Date.parse(recovered.nextPoll) - t.now()).toBe(15 * minute);
  });

  it.each([
    ['a web page', { body: '<!doctype html><html><body><p>Please log in to continue reading our news.</p></body></html>', contentType: 'text/html' }, 'the address answered with a web page, not a feed'],
    ['plain text', { body: 'Service temporarily unavailable. Try again later.', contentType: 'text/plain' }, 'the answer is not a feed Wiretrace reads'],
    ['broken XML', { body: '<rss version="2.0"><channel><title>Cut short</title><item><title>x</ti' }, 'not a feed Wiretrace can read'],
    ['JSON that is no feed', { body: '{"error": "rate limited"}\n', contentType: 'application/json' }, 'the feed has no item Wiretrace can store'],
    ['an unknown XML document', { body: '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', contentType: 'image/svg+xml' }, 'the answer is not a feed Wiretrace reads'],
  ])('reports %s as its error and stores nothing', async (_name, route, message) => {
    server.routes.set('/feed', route);
    const t = feedsOnFakes();
    const status = await t.feeds.add({ url: server.url('/feed') });
    expect(status).toMatchObject({ failures: 1, items: 0, imported: 0 });
    expect(status.lastError).toContain(message);
    expect(status.lastSuccess).toBeUndefined();
    expect(await t.corpus.count()).toBe(0);
  });

  it('does not keep the validators of a body it could not read', async () => {
    server.routes.set('/feed', { body: 'garbage', contentType: 'text/plain', etag: '"bad"' });
    const t = feedsOnFakes();
    await t.feeds.add({ url: server.url('/feed') });
    await t.feeds.poll(server.url('/feed'));
    expect(server.requests.map((request) => request.ifNoneMatch)).toEqual([undefined, undefined]);
  });

  it('says when a feed has gone away (404) or its server is gone (connection refused)', async () => {
    const t = feedsOnFakes();
    const gone = await t.feeds.add({ url: server.url('/moved.xml') });
    expect(gone).toMatchObject({ failures: 1, lastError: 'the server answered HTTP 404 Not Found' });
    const refused = await t.feeds.add({ url: await refusedUrl() });
    expect(refused.failures).toBe(1);
    expect(refused.lastError).toMatch(/^could not connect/);
    expect(Date.parse(refused.nextPoll) - t.now()).toBe(30 * minute);
  });

  it('does not fetch without access to the host, and says how to grant it', async () => {
    server.routes.set('/rss.xml', { body: fixture('rss2.xml') });
    const t = feedsOnFakes();
    t.browser.deniedOrigins.add('http://127.0.0.1/*');
    const status = await t.feeds.add({ url: server.url('/rss.xml') });
    expect(status.lastError).toBe('Wiretrace has no permission to reach ' + new URL(server.origin).host + ': click "Check now" to grant it');
    expect(server.requests).toHaveLength(0);
  });
});

describe('fetch full article', () => {
  it('stores the article text of new items, and the summary where the article cannot be fetched', async () => {
    server.routes.set('/summary.xml', { body: fixture('summary-only.xml') });
    server.routes.set('/articles/port-strike-ends', { body: fixture('../e2e/derived-article.html'), contentType: 'text/html; charset=utf-8' });
    const t = feedsOnFakes();
    const status = await t.feeds.add({ url: server.url('/summary.xml'), fullArticle: true });
    expect(status).toMatchObject({ fullArticle: true, items: 2, imported: 2, lastReport: { added: 2, fullTextMissed: 1 } });
    const [full, summary] = await t.store.load(['urn:valdoria-wire:port-strike-ends', 'urn:valdoria-wire:grain-exports']);
    expect(full.text.split('\n\n').length).toBeGreaterThan(5);
    expect(full.text).toContain('raise wages by 9.5 percent');
    expect(full).toMatchObject({ title: 'Valdoria port strike ends after pay deal', agency: 'Valdoria Wire: Business' });
    expect(summary.text).toBe('Grain exports from Valdoria rose in February.');

    // Seen items are not fetched again on the next poll.
    server.requests.length = 0;
    await t.feeds.poll(server.url('/summary.xml'));
    expect(server.requests.map((request) => request.path)).toEqual(['/summary.xml']);
  });
});
