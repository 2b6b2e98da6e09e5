/**
 * Feed subscriptions: add, remove, list, poll one now, and poll every due feed when the alarm fires. Polls of
 * one feed never overlap (the alarm and "Check now" may ask at once), and a poll finishing after its feed was
 * removed stores nothing.
 */
import type { StoryRecord } from '../../core/types';
import type { FeedStatus } from '../../messages';
import type { BackgroundApi } from '../../platform/browser-api';
import { feedUrl } from '../../feeds/feed-url';
import type { ImportOutcome } from '../corpus-service';
import { type FeedRow, feedStatus } from './feed-row';
import type { FeedStore } from './feed-store';
import { pollFeed } from './poll-feed';
import { alarmPeriodMinutes, dueSlackMs } from './schedule';

export const feedAlarm = 'wiretrace-feeds';
export const maxFeeds = 200;

export interface FeedServiceDeps {
  api: Pick<BackgroundApi, 'alarms' | 'permissions'>;
  store: FeedStore;
  importRecords: (records: StoryRecord[], lines: number[]) => Promise<ImportOutcome>;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface NewFeed {
  url: string;
  fullArticle?: boolean;
  agency?: string;
}

export class FeedService {
  private readonly polls = new Map<string, Promise<FeedStatus>>();
  private readonly now: () => number;

  constructor(private readonly deps: FeedServiceDeps) {
    this.now = deps.now ?? Date.now;
  }

  async list(): Promise<FeedStatus[]> {
    return (await this.deps.store.all()).map(feedStatus);
  }

  /** Subscribes and polls the feed at once, so the answer already says whether it works. */
  async add(input: NewFeed): Promise<FeedStatus> {
    const url = feedUrl(input.url);
    if (await this.deps.store.get(url)) throw new Error('This feed is already subscribed.');
    if ((await this.deps.store.count()) >= maxFeeds) throw new Error(`Wiretrace follows at most ${maxFeeds} feeds.`);
    const agency = input.agency?.trim();
    const row: FeedRow = {
      url,
      fullArticle: input.fullArticle === true,
      ...(agency && { agency }),
      addedAt: this.now(),
      due: this.now(),
      failures: 0,
      items: 0,
      imported: 0,
      seen: {},
    };
    if (!(await this.deps.store.save(row, true))) throw new Error('This feed is already subscribed.');
    await this.ensureAlarm();
    return this.poll(url);
  }

  async remove(url: string): Promise<boolean> {
    const removed = await this.deps.store.remove(url);
    if ((await this.deps.store.count()) === 0) await this.deps.api.alarms.clear(feedAlarm);
    return removed;
  }

  /** Polls the feed now (joining a poll already running for it). */
  poll(url: string): Promise<FeedStatus> {
    const running = this.polls.get(url);
    if (running) return running;
    const task = this.pollOnce(url).finally(() => this.polls.delete(url));
    this.polls.set(url, task);
    return task;
  }

  /** What the alarm runs: every due feed, one after another (gentle on the worker and on shared hosts). */
  async pollDue(): Promise<void> {
    for (const feed of await this.deps.store.due(this.now() + dueSlackMs)) {
      await this.poll(feed.url).catch(() => undefined);
    }
  }

  /** Creates the polling alarm when there are feeds and it is missing (alarms may not survive a browser restart). */
  async ensureAlarm(): Promise<void> {
    if ((await this.deps.store.count()) === 0 || (await this.deps.api.alarms.get(feedAlarm))) return;
    this.deps.api.alarms.create(feedAlarm, { periodInMinutes: alarmPeriodMinutes, delayInMinutes: alarmPeriodMinutes });
  }

  private async pollOnce(url: string): Promise<FeedStatus> {
    const feed = await this.deps.store.get(url);
    if (!feed) throw new Error('This feed is not subscribed.');
    const next = await pollFeed(feed, {
      fetch: this.deps.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      now: this.now,
      hasAccess: (pattern) => this.deps.api.permissions.contains({ origins: [pattern] }),
      importRecords: this.deps.importRecords,
    });
    if (!(await this.deps.store.save(next))) throw new Error('This feed was removed meanwhile.');
    return feedStatus(next);
  }
}
