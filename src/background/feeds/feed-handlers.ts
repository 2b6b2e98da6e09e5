/** The feed messages of the options page: payloads checked here, the work done by the FeedService. */
import type { PageMessages } from '../../messages';
import type { FeedService } from './feed-service';

type FeedMessage = 'feed-list' | 'feed-add' | 'feed-remove' | 'feed-poll';
type FeedHandlers = { [T in FeedMessage]: (payload: PageMessages[T]['request']) => Promise<PageMessages[T]['response']> };

export function feedHandlers(feeds: FeedService): FeedHandlers {
  return {
    'feed-list': async () => ({ feeds: await feeds.list() }),
    'feed-add': (payload) => {
      if (payload.fullArticle !== undefined && typeof payload.fullArticle !== 'boolean') throw new Error('fullArticle must be true or false.');
      if (payload.agency !== undefined && typeof payload.agency !== 'string') throw new Error('agency must be a string.');
      return feeds.add({ url: urlOf(payload), fullArticle: payload.fullArticle, agency: payload.agency });
    },
    'feed-remove': async (payload) => ({ removed: await feeds.remove(urlOf(payload)) }),
    'feed-poll': (payload) => feeds.poll(urlOf(payload)),
  };
}

function urlOf(payload: { url: string }): string {
  if (typeof payload.url !== 'string' || payload.url.length > 4_000) throw new Error('url must be a web address.');
  return payload.url;
}
