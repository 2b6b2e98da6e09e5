/** One handler per message: checks the payload's shape, then does the work. Sender checks happen in the router. */
import { paragraphsOf } from '../core/paragraphs';
import type { ContentMessages, ExtractedPage, PageMessages, Settings } from '../messages';
import type { BackgroundApi } from '../platform/browser-api';
import { captureHandlers } from './capture-handlers';
import { storyFromPage } from './capture-page';
import { captureWirePage } from './capture-wire';
import type { CorpusService } from './corpus-service';
import { feedHandlers } from './feeds/feed-handlers';
import type { FeedService } from './feeds/feed-service';
import type { Retention } from './retention';
import { readSettings, writeSettings } from '../platform/settings';
import type { StoryStore } from './story-store';
import type { TabTracker } from './tab-tracker';

export interface HandlerDeps {
  api: BackgroundApi;
  store: StoryStore;
  corpus: CorpusService;
  tracker: TabTracker;
  feeds: FeedService;
  retention: Retention;
}

type PageHandlers = { [T in keyof PageMessages]: (payload: PageMessages[T]['request']) => Promise<PageMessages[T]['response']> };
type ContentHandlers = {
  [T in keyof ContentMessages]: (
    payload: ContentMessages[T]['request'],
    tab: { id: number; url: string },
  ) => Promise<ContentMessages[T]['response']>;
};

/** Caps that keep one message from swamping the worker; the content script stays well under them. */
export const limits = { pageChars: 2_000_000, paragraphs: 5_000, batch: 5_000, listPage: 500, exportPage: 5_000 };

export function contentHandlers(deps: HandlerDeps): ContentHandlers {
  return {
    'page-extracted': async (payload, tab) => {
      const reason = optionalString(payload.reason, 'reason');
      const page = checkedPage(payload.page);
      if (await captureWirePage(deps, tab.id, tab.url, page)) return { ok: true };
      await deps.tracker.pageExtracted(tab.id, tab.url, { page, ...(reason && { reason }) });
      return { ok: true };
    },
  };
}

export function pageHandlers({ api, store, corpus, tracker, feeds, retention }: HandlerDeps): PageHandlers {
  return {
    ...feedHandlers(feeds),
    ...captureHandlers({ api }),
    'tab-state': (payload) => tracker.tabState(tabIdOf(payload)),
    'trace-tab': (payload) => tracker.traceTab(tabIdOf(payload)),
    'add-page-to-corpus': async (payload) => {
      const tabId = tabIdOf(payload);
      const page = await tracker.pageOf(tabId);
      if (!page) throw new Error('This page has no article to add to the corpus.');
      const record = storyFromPage(page, optionalString(payload.agency, 'agency'));
      const outcome = await corpus.importRecords([record]);
      if (outcome.errors.length > 0) throw new Error(`The page could not be stored: ${outcome.errors[0].reason}.`);
      if (outcome.storageFull) throw new Error('Storage full: the page was not added; the corpus is intact.');
      await tracker.markCaptured(tabId, page);
      return { id: record.id };
    },
    'import-records': (payload) => {
      if (!Array.isArray(payload.records)) throw new Error('records must be a list.');
      if (payload.records.length > limits.batch) throw new Error(`Send at most ${limits.batch} records at a time.`);
      const lines = Array.isArray(payload.lines) ? payload.lines : undefined;
      const terms = Array.isArray(payload.terms) ? payload.terms : undefined;
      return corpus.importRecords(payload.records, { lines, importId: optionalString(payload.importId, 'importId'), terms });
    },
    'corpus-stats': async () => {
      const [count, textBytes, indexBytes, estimate] = await Promise.all([
        corpus.count(),
        store.textBytes(),
        store.indexBytes(),
        storageEstimate(),
      ]);
      return { count, textBytes, indexBytes, ...estimate, indexSource: corpus.indexSource };
    },
    'corpus-list': (payload) =>
      store.list(
        optionalString(payload.query, 'query') ?? '',
        count(payload.offset, 'offset'),
        Math.min(count(payload.limit, 'limit'), limits.listPage),
      ),
    'corpus-search-ahead': async () => {
      store.searchAhead();
      return { ok: true as const };
    },
    'corpus-export-page': async (payload) => ({
      records: await store.exportPage(count(payload.offset, 'offset'), Math.min(count(payload.limit, 'limit'), limits.exportPage)),
    }),
    'corpus-delete': async (payload) => {
      if (!Array.isArray(payload.ids) || !payload.ids.every((id) => typeof id === 'string')) {
        throw new Error('ids must be a list of story ids.');
      }
      return { deleted: await corpus.delete(payload.ids) };
    },
    'corpus-retention': async () => ({ deleted: await retention.enforce() }),
    'corpus-clear': async () => {
      await corpus.clear();
      return { ok: true };
    },
    'settings-get': () => readSettings(api),
    'settings-set': async (payload: Partial<Settings>) => {
      const settings = await writeSettings(api, payload);
      // A host added to (or removed from) the never-trace list changes what every tab should show.
      await tracker.forgetAll();
      return settings;
    },
    'trace-text': async (payload) => {
      if (typeof payload.text !== 'string') throw new Error('text must be a string.');
      if (payload.text.length > limits.pageChars) throw new Error('The text is too long to trace.');
      const paragraphs = paragraphsOf(payload.text);
      if (paragraphs.length === 0) throw new Error('There is no text to trace.');
      const title = optionalString(payload.title, 'title');
      return corpus.trace({ page: title ?? 'text', ...(title && { title }), paragraphs });
    },
  };
}

function tabIdOf(payload: { tabId: number }): number {
  if (!Number.isInteger(payload.tabId) || payload.tabId < 0) throw new Error('tabId must be a tab id.');
  return payload.tabId;
}

function count(value: unknown, name: string): number {
  if (!Number.isInteger(value) || (value as number) < 0) throw new Error(`${name} must be a whole number.`);
  return value as number;
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new Error(`${name} must be a string.`);
  return value;
}

/** A page from a content script: the right shape and a bounded size, or null ("no article"). */
function checkedPage(value: unknown): ExtractedPage | null {
  if (value === null || value === undefined) return null;
  const page = value as ExtractedPage;
  if (typeof page.url !== 'string' || typeof page.title !== 'string' || !Array.isArray(page.paragraphs)) {
    throw new Error('The extracted page is malformed.');
  }
  if (!page.paragraphs.every((p) => typeof p === 'string')) throw new Error('The extracted page is malformed.');
  const chars = page.paragraphs.reduce((sum, p) => sum + p.length, 0);
  if (page.paragraphs.length > limits.paragraphs || chars > limits.pageChars) throw new Error('The extracted page is too large.');
  for (const field of ['canonicalUrl', 'byline', 'siteName', 'publishedTime', 'lang'] as const) {
    optionalString(page[field], field);
  }
  return page;
}

async function storageEstimate(): Promise<{ usage?: number; quota?: number }> {
  const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => undefined);
  return estimate ? { usage: estimate.usage, quota: estimate.quota } : {};
}
