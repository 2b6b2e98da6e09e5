/** Builds the background's parts on a given browser API and database, so tests can run it on fakes. */
import type { BackgroundApi } from '../platform/browser-api';
import { readSettings } from '../platform/settings';
import { CorpusService } from './corpus-service';
import { openDb } from './db';
import { FeedService } from './feeds/feed-service';
import { FeedStore } from './feeds/feed-store';
import { contentHandlers, pageHandlers } from './handlers';
import { Retention } from './retention';
import { createRouter } from './router';
import { StoryStore } from './story-store';
import { TabStates } from './tab-states';
import { TabTracker } from './tab-tracker';

export interface BackgroundOptions {
  dbName?: string;
  persistDelayMs?: number;
}

export function createBackground(api: BackgroundApi, options: BackgroundOptions = {}) {
  const db = openDb(options.dbName);
  const store = new StoryStore(db);
  const corpus: CorpusService = new CorpusService(store, {
    persistDelayMs: options.persistDelayMs,
    onChange: () => tracker.forgetAll(),
  });
  const tracker: TabTracker = new TabTracker(api, corpus, new TabStates(api));
  const retention = new Retention(store, corpus, () => readSettings(api));
  const feeds = new FeedService({ api, store: new FeedStore(db), importRecords: (records, lines) => corpus.importRecords(records, { lines }) });
  const deps = { api, store, corpus, tracker, feeds, retention };
  const route = createRouter(api, { content: contentHandlers(deps), page: pageHandlers(deps) });
  return { store, corpus, tracker, feeds, retention, route };
}

export type Background = ReturnType<typeof createBackground>;
