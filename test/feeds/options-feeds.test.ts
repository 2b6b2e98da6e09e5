import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeedStatus } from '../../src/messages';
import { mountFeeds } from '../../src/options/feeds-view';
import { installFakeExt, makeRoot } from '../ui/fake-ext';
import { mockSend } from '../ui/mock-send';

beforeEach(() => installFakeExt());

const working: FeedStatus = {
  url: 'https://wire.example/rss.xml',
  fullArticle: true,
  agency: 'Reuters',
  lastPoll: '2031-05-01T10:00:00.000Z',
  lastSuccess: '2031-05-01T10:00:00.000Z',
  lastError: 'no answer within 30 s',
  lastErrorAt: '2031-04-30T08:00:00.000Z',
  failures: 0,
  items: 20,
  imported: 154,
  lastReport: { added: 3, updated: 1, skipped: 1, firstProblem: 'item 4 ("Photo") has no text', fullTextMissed: 2 },
  nextPoll: '2031-05-01T10:15:00.000Z',
};
const failing: FeedStatus = {
  url: 'https://gone.example/feed',
  fullArticle: false,
  lastPoll: '2031-05-01T10:00:00.000Z',
  lastError: 'the server answered HTTP 404 Not Found',
  lastErrorAt: '2031-05-01T10:00:00.000Z',
  failures: 3,
  items: 0,
  imported: 0,
  nextPoll: '2031-05-01T12:00:00.000Z',
};

function mount(feeds: FeedStatus[], access = true) {
  const { root } = makeRoot();
  let stored = [...feeds];
  const order: string[] = [];
  const { send, calls } = mockSend({
    'feed-list': () => ({ feeds: stored }),
    'feed-add': ({ url }) => {
      order.push('send');
      const feed = { ...working, url, failures: 0, lastReport: { added: 7, updated: 0, skipped: 0, fullTextMissed: 0 } };
      stored = [...stored, feed];
      return feed;
    },
    'feed-remove': ({ url }) => {
      stored = stored.filter((feed) => feed.url !== url);
      return { removed: true };
    },
    'feed-poll': ({ url }) => stored.find((feed) => feed.url === url)!,
  });
  const requestAccess = vi.fn((url: string) => {
    order.push(`access ${url}`);
    return Promise.resolve(access);
  });
  const onChanged = vi.fn();
  mountFeeds(root, { send, requestAccess, onChanged });
  const all = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  const one = <T extends HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`)!;
  const Event = (root.ownerDocument.defaultView as unknown as typeof globalThis).Event;
  const submit = (url: string) => {
    one<HTMLInputElement>('feed-url').value = url;
    one('feed-form').dispatchEvent(new Event('submit', { cancelable: true }));
  };
  return { root, calls, all, one, submit, requestAccess, onChanged, order };
}

describe('options feed list', () => {
  it('shows each feed with its counts, last read, problems, errors and next check', async () => {
    const { all } = mount([working, failing]);
    await vi.waitFor(() => expect(all('feed')).toHaveLength(2));
    const [ok, bad] = all('feed');
    expect(ok.getAttribute('data-url')).toBe(working.url);
    expect(ok.querySelector('[data-testid="feed-counts"]')!.textContent).toBe('20 items in the feed, 154 stories added from it · full articles · Reuters');
    expect(ok.querySelector('[data-testid="feed-last-read"]')!.textContent).toMatch(/^Last read .*2031.*: 3 new, 1 updated, 1 skipped$/);
    expect(ok.querySelector('[data-testid="feed-problem"]')!.textContent).toBe('Skipped item 4 ("Photo") has no text');
    expect(ok.textContent).toContain('2 articles could not be fetched; their summaries were stored.');
    expect(ok.querySelector('[data-testid="feed-past-error"]')!.textContent).toMatch(/^Last failure \(.*2031.*\): no answer within 30 s$/);
    expect(ok.querySelector('[data-testid="feed-error"]')).toBeNull();
    expect(bad.getAttribute('data-failures')).toBe('3');
    expect(bad.querySelector('[data-testid="feed-error"]')!.textContent).toBe('Could not be read: the server answered HTTP 404 Not Found. Failed checks in a row: 3.');
    expect(bad.querySelector('[data-testid="feed-last-read"]')!.textContent).toBe('Not read yet.');
    expect(bad.querySelector('[data-testid="feed-next"]')!.textContent).toMatch(/^Next check .*2031/);
    expect(bad.querySelector('[data-testid="feed-poll"]')!.getAttribute('aria-label')).toBe('Check the feed https://gone.example/feed now');
  });

  it('says when there are no feeds', async () => {
    const { one } = mount([]);
    await vi.waitFor(() => expect(one('feeds-empty').textContent).toBe('No feeds yet.'));
  });

  it('asks for access to the host in the submit itself, then adds the feed', async () => {
    const { submit, requestAccess, order, calls, all, one, onChanged } = mount([]);
    submit('https://new.example/feed.xml');
    // Synchronously, before anything was sent: the browser only grants a request made in the user's action.
    expect(requestAccess).toHaveBeenCalledWith('https://new.example/feed.xml');
    expect(order).toEqual(['access https://new.example/feed.xml']);
    await vi.waitFor(() => expect(all('feed')).toHaveLength(1));
    expect(order).toEqual(['access https://new.example/feed.xml', 'send']);
    expect(calls.find((call) => call.type === 'feed-add')?.payload).toEqual({ url: 'https://new.example/feed.xml', fullArticle: false });
    expect(one('feeds-status').textContent).toBe('Feed added: 7 stories added to your corpus.');
    expect(one<HTMLInputElement>('feed-url').value).toBe('');
    expect(onChanged).toHaveBeenCalled();
  });

  it('adds nothing when access is refused, and says why', async () => {
    const { submit, calls, one } = mount([], false);
    submit('https://new.example/feed.xml');
    await vi.waitFor(() => expect(one('feeds-status').textContent).toBe('The feed was not added: Wiretrace needs access to new.example to read it.'));
    expect(calls.some((call) => call.type === 'feed-add')).toBe(false);
  });

  it('checks a feed now (asking for access again) and removes one', async () => {
    const { all, calls, requestAccess, one } = mount([working, failing]);
    await vi.waitFor(() => expect(all('feed')).toHaveLength(2));
    all('feed-poll')[1].click();
    expect(requestAccess).toHaveBeenCalledWith(failing.url);
    await vi.waitFor(() => expect(calls.some((call) => call.type === 'feed-poll')).toBe(true));
    all('feed-remove')[0].click();
    await vi.waitFor(() => expect(all('feed')).toHaveLength(1));
    expect(all('feed')[0].getAttribute('data-url')).toBe(failing.url);
    expect(one('feeds-status').textContent).toBe(`Removed ${working.url}. Its stories stay in your corpus.`);
  });
});
