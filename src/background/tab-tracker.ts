/**
 * What the background knows and does per tab: the page its content script extracted, the trace of that page
 * (automatic or on request), the selected-text trace, and the badge that sums the result up.
 */
import { paragraphsOf } from '../core/paragraphs';
import type { PageInput } from '../core/types';
import type { ExtractedPage, TabEnvelope, TabMessages, TabState } from '../messages';
import type { BackgroundApi } from '../platform/browser-api';
import { showBadge } from './badge';
import type { CorpusService } from './corpus-service';
import { isNeverTraced, readSettings } from '../platform/settings';
import type { TabStates } from './tab-states';

/** A tab state before the corpus count is filled in. */
type Draft = Omit<TabState, 'corpusCount'>;
type Extraction = TabMessages['extract-page']['response'];

const noArticle = 'Wiretrace found no article on this page.';
const notWeb = 'Wiretrace traces web pages (http and https) only.';

export class TabTracker {
  /** The last page each tab's content script extracted. */
  private readonly pages = new Map<number, ExtractedPage>();
  /** Traces under way, so a second request for the same tab and URL waits for the first. */
  private readonly pending = new Map<number, { url: string | undefined; task: Promise<TabState> }>();
  /** The URL each tab shows now, so a trace that finishes after navigation does not label the new page. */
  private readonly urls = new Map<number, string>();

  constructor(
    private readonly api: BackgroundApi,
    private readonly corpus: CorpusService,
    private readonly states: TabStates,
  ) {}

  /** The content script's report of a page load: trace it when auto-trace is on, reuse a cached result if any. */
  async pageExtracted(tabId: number, url: string, extraction: Extraction): Promise<void> {
    this.urls.set(tabId, url);
    const settings = await readSettings(this.api);
    if (isNeverTraced(url, settings)) {
      await this.settle(tabId, { status: 'disabled', url });
      return;
    }
    if (!extraction.page) {
      this.pages.delete(tabId);
      await this.settle(tabId, { status: 'not-article', url, message: extraction.reason ?? noArticle });
      return;
    }
    const page = extraction.page;
    this.pages.set(tabId, page);
    const cached = await this.states.get(tabId);
    if (cached?.status === 'done' && cached.subject !== 'selection' && sameUrl(cached.url, url)) {
      await showBadge(this.api, tabId, cached.result);
      return;
    }
    if (sameUrl(this.pending.get(tabId)?.url, url)) return;
    if (!settings.autoTrace) {
      await this.settle(tabId, { status: 'idle', url, page: pageMeta(page) });
      return;
    }
    await this.run(tabId, url, () => this.tracePage(url, page));
  }

  /** What the popup shows: the cached state for the tab's current URL, else a fresh trace when auto-trace is on. */
  async tabState(tabId: number): Promise<TabState> {
    const url = await this.currentUrl(tabId);
    const pending = this.pending.get(tabId);
    if (pending && sameUrl(pending.url, url)) return pending.task;
    const cached = await this.states.get(tabId);
    if (cached && sameUrl(cached.url, url)) return { ...cached, corpusCount: await this.corpus.count() };
    const settings = await readSettings(this.api);
    if (settings.autoTrace || !isWebUrl(url) || isNeverTraced(url, settings)) return this.traceTab(tabId);
    const page = this.pages.get(tabId);
    return this.withCount({ status: 'idle', url, ...(page && sameUrl(page.url, url) && { page: pageMeta(page) }) });
  }

  /** Traces the tab's page now, extracting it again when the one at hand is not the tab's current page. */
  async traceTab(tabId: number): Promise<TabState> {
    const url = await this.currentUrl(tabId);
    const pending = this.pending.get(tabId);
    if (pending && sameUrl(pending.url, url)) return pending.task;
    if (!isWebUrl(url)) return this.settle(tabId, { status: 'not-article', url, message: notWeb });
    if (isNeverTraced(url, await readSettings(this.api))) return this.settle(tabId, { status: 'disabled', url });
    return this.run(tabId, url, async () => {
      const { page, reason } = await this.extractionOf(tabId, url);
      return page ? this.tracePage(url, page) : { status: 'not-article', url, message: reason ?? noArticle };
    });
  }

  /** Traces text the user selected on the tab; the result becomes the tab's state, for the popup to show. */
  traceSelection(tabId: number, url: string | undefined, text: Promise<string>, title?: string): Promise<TabState> {
    return this.run(tabId, url, async () => {
      const paragraphs = paragraphsOf(await text);
      if (paragraphs.length === 0) {
        return { status: 'not-article', url, subject: 'selection', message: 'No text was selected.' };
      }
      const page: PageInput = { page: url ?? 'selection', ...(title && { title }), paragraphs };
      const meta = { title: title ?? 'Selected text' };
      if ((await this.corpus.count()) === 0) return { status: 'empty-corpus', url, subject: 'selection', page: meta };
      const result = await this.corpus.trace(page);
      return { status: 'done', url, subject: 'selection', page: meta, result };
    });
  }

  /** The tab's current article, extracted again if needed; null when it has none. */
  async pageOf(tabId: number, url?: string): Promise<ExtractedPage | null> {
    return (await this.extractionOf(tabId, url)).page;
  }

  /** Like pageOf, with the content script's reason when there is no article (the CLI gives the same one). */
  private async extractionOf(tabId: number, url?: string): Promise<Extraction> {
    const known = this.pages.get(tabId);
    if (known && sameUrl(known.url, url ?? (await this.currentUrl(tabId)))) return { page: known };
    const extraction = await this.extract(tabId);
    if (extraction.page) this.pages.set(tabId, extraction.page);
    return extraction;
  }

  /** Marks the tab's page as captured into the corpus (after the corpus change has reset every state). */
  async markCaptured(tabId: number, page: ExtractedPage): Promise<void> {
    await this.settle(tabId, { status: 'idle', url: page.url, page: pageMeta(page), captured: true });
  }

  /** Every cached state is stale (corpus or settings changed): forget them and clear their badges. */
  async forgetAll(): Promise<void> {
    const tabs = await this.states.clear();
    await Promise.all(tabs.map((tabId) => showBadge(this.api, tabId)));
  }

  /** The tab moved to another URL (not just another #fragment): its state and page belong to the old one. */
  async navigated(tabId: number, url: string): Promise<void> {
    const previous = this.urls.get(tabId);
    this.urls.set(tabId, url);
    if (previous === undefined || sameUrl(previous, url)) return;
    this.pages.delete(tabId);
    await this.states.delete(tabId);
    await showBadge(this.api, tabId);
  }

  async closed(tabId: number): Promise<void> {
    this.pages.delete(tabId);
    this.urls.delete(tabId);
    await this.states.delete(tabId);
  }

  private async tracePage(url: string | undefined, page: ExtractedPage): Promise<Draft> {
    const meta = pageMeta(page);
    if ((await this.corpus.count()) === 0) return { status: 'empty-corpus', url, page: meta };
    const input: PageInput = { page: page.canonicalUrl ?? page.url, title: page.title, paragraphs: page.paragraphs };
    return { status: 'done', url, subject: 'page', page: meta, result: await this.corpus.trace(input) };
  }

  /** Runs one trace for the tab; its state is cached only if the corpus did not change meanwhile. */
  private run(tabId: number, url: string | undefined, work: () => Promise<Draft>): Promise<TabState> {
    const generation = this.corpus.generation;
    const task = work()
      .catch((error: unknown): Draft => ({ status: 'error', url, message: errorText(error) }))
      .then((draft) => this.settle(tabId, draft, generation))
      .finally(() => {
        if (this.pending.get(tabId)?.task === task) this.pending.delete(tabId);
      });
    this.pending.set(tabId, { url, task });
    return task;
  }

  private async settle(tabId: number, draft: Draft, generation = this.corpus.generation): Promise<TabState> {
    const state = await this.withCount(draft);
    const current = this.urls.get(tabId);
    if (generation !== this.corpus.generation || (current !== undefined && !sameUrl(current, draft.url))) return state;
    await this.states.set(tabId, state);
    await showBadge(this.api, tabId, state.status === 'done' ? state.result : undefined, state.captured);
    return state;
  }

  private async withCount(draft: Draft): Promise<TabState> {
    return { ...draft, corpusCount: await this.corpus.count() };
  }

  private async currentUrl(tabId: number): Promise<string | undefined> {
    const url = (await this.api.tabs.get(tabId)).url;
    if (url) this.urls.set(tabId, url);
    return url;
  }

  /** Asks the tab's content script to extract the page, injecting it first if the tab predates the extension. */
  private async extract(tabId: number): Promise<Extraction> {
    const request: TabEnvelope<'extract-page'> = { type: 'extract-page', payload: {} };
    try {
      return checkedExtraction(await this.api.tabs.sendMessage(tabId, request));
    } catch {
      await this.api.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
      return checkedExtraction(await this.api.tabs.sendMessage(tabId, request));
    }
  }
}

function checkedExtraction(value: unknown): Extraction {
  const page = (value as Extraction | undefined)?.page;
  if (page === null || (page && typeof page.url === 'string' && Array.isArray(page.paragraphs))) {
    return value as Extraction;
  }
  throw new Error('The page did not answer with an extraction.');
}

function pageMeta(page: ExtractedPage): TabState['page'] {
  const { title, siteName, byline, publishedTime, canonicalUrl } = page;
  return Object.fromEntries(
    Object.entries({ title, siteName, byline, publishedTime, canonicalUrl }).filter(([, value]) => value !== undefined),
  ) as TabState['page'];
}

function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}

/** URLs equal but for the #fragment (in-page anchors do not change the article). */
function sameUrl(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.split('#')[0] === b.split('#')[0];
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
