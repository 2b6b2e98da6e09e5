/** Feed subscriptions in the extension's database (the `feeds` table), one row per feed. */
import type { WiretraceDb } from '../db';
import type { FeedRow } from './feed-row';

export class FeedStore {
  constructor(private readonly db: WiretraceDb) {}

  get(url: string): Promise<FeedRow | undefined> {
    return this.db.feeds.get(url);
  }

  /** Oldest subscription first, the order the options page lists them in. */
  async all(): Promise<FeedRow[]> {
    return (await this.db.feeds.toArray()).sort((a, b) => a.addedAt - b.addedAt);
  }

  count(): Promise<number> {
    return this.db.feeds.count();
  }

  /** Feeds whose next poll is at or before `time`. */
  due(time: number): Promise<FeedRow[]> {
    return this.db.feeds.where('due').belowOrEqual(time).toArray();
  }

  /** Stores the row; false when the feed was removed meanwhile (a poll finishing after a remove must not revive it). */
  async save(row: FeedRow, create = false): Promise<boolean> {
    return this.db.transaction('rw', this.db.feeds, async () => {
      const exists = (await this.db.feeds.get(row.url)) !== undefined;
      if (exists === create) return false;
      await this.db.feeds.put(row);
      return true;
    });
  }

  async remove(url: string): Promise<boolean> {
    return this.db.transaction('rw', this.db.feeds, async () => {
      if ((await this.db.feeds.get(url)) === undefined) return false;
      await this.db.feeds.delete(url);
      return true;
    });
  }
}
