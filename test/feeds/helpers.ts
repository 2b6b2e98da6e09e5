/** A feed service on the background's real corpus path (fake-indexeddb), a fake browser and a clock the test moves. */
import { FeedService } from '../../src/background/feeds/feed-service';
import { FeedStore } from '../../src/background/feeds/feed-store';
import { backgroundOnFakes } from '../background/helpers';

export const minute = 60_000;
export const start = Date.parse('2031-05-01T10:00:00Z');

export function feedsOnFakes() {
  const background = backgroundOnFakes();
  let clock = start;
  const feeds = new FeedService({
    api: background.browser.api,
    store: new FeedStore(background.store.db),
    importRecords: (records, lines) => background.corpus.importRecords(records, { lines }),
    now: () => clock,
  });
  return {
    ...background,
    feeds,
    now: () => clock,
    advance(ms: number) {
      clock += ms;
    },
    async storyIds(): Promise<string[]> {
      return (await background.store.list('', 0, 500)).items.map((item) => item.id).sort();
    },
  };
}
