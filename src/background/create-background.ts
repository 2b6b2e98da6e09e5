/** Builds the background's parts on a given browser API and database, so tests can run it on fakes. */
import type { BackgroundApi } from '../platform/browser-api';
import { CorpusService } from './corpus-service';
import { openDb } from './db';
import { contentHandlers, pageHandlers } from './handlers';
import { createRouter } from './router';
import { StoryStore } from './story-store';
import { TabStates } from './tab-states';
import { TabTracker } from './tab-tracker';

export interface BackgroundOptions {
  dbName?: string;
  persistDelayMs?: number;
}

export function createBackground(api: BackgroundApi, options: BackgroundOptions = {}) {
  const store = new StoryStore(openDb(options.dbName));
  const corpus: CorpusService = new CorpusService(store, {
    persistDelayMs: options.persistDelayMs,
    onChange: () => tracker.forgetAll(),
  });
  const tracker: TabTracker = new TabTracker(api, corpus, new TabStates(api));
  const deps = { api, store, corpus, tracker };
  const route = createRouter(api, { content: contentHandlers(deps), page: pageHandlers(deps) });
  return { store, corpus, tracker, route };
}

export type Background = ReturnType<typeof createBackground>;
