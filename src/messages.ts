/**
 * The one message protocol between the extension's parts. Each message has a request and a response type;
 * messages are grouped by who may send them, and the background checks the sender of every one
 * (content-script messages must come from a tab, page messages from the extension's own pages).
 *
 * Transport: `runtime.sendMessage(Envelope)` answered with a `Reply`; the background sends `TabMessages` to a tab's
 * content script with `tabs.sendMessage(tabId, TabEnvelope)`, answered with the bare response.
 * The popup finds its tab from `?tab=<id>` in its URL when present (the popup opened in a tab as a fallback),
 * otherwise from the active tab of its window.
 */
import type { StoryRecord, TraceResult } from './core/types';
import type { ExtractedPage } from './extract/extracted-page';
import type { CaptureSettings } from './platform/wire-sites';

/** What the content script extracted from a page (defined with the extractor). */
export type { ExtractedPage };
/** Wire-site capture: on/off, whether the first-run choice was answered, and the wire sites (defined with them). */
export type { CaptureSettings };

export type TabStatus =
  | 'idle' // nothing known yet (auto-trace off, or not yet extracted)
  | 'tracing'
  | 'done'
  | 'not-article' // the page has no article Readability can find
  | 'empty-corpus'
  | 'disabled' // the site is on the never-trace list
  | 'error';

export interface TabState {
  status: TabStatus;
  url?: string;
  page?: Pick<ExtractedPage, 'title' | 'siteName' | 'byline' | 'publishedTime' | 'canonicalUrl'>;
  result?: TraceResult;
  /** Human-readable reason for `error` and `not-article`. */
  message?: string;
  corpusCount: number;
  /** True when this page was captured into the corpus (wire-site capture). */
  captured?: boolean;
  /** What was traced: the page's article (default) or text the user selected ("Trace selected text"). */
  subject?: 'page' | 'selection';
}

export interface StorySummary {
  id: string;
  agency: string;
  title: string;
  url?: string;
  published?: string;
  versions: number;
  bytes: number;
}

export interface ImportLineError {
  /** 1-based line (or element) number in the source file. */
  line: number;
  reason: string;
}

export interface Settings {
  /** Trace every article when it loads (true) or only when the popup is opened (false). */
  autoTrace: boolean;
  /** Host names never traced (subdomains included). */
  neverTrace: string[];
  /** Retention: stories are deleted this many days after their date (published, else imported); absent = kept. */
  keepDays?: number;
  /** Retention: the oldest stories are deleted while the corpus (text and index) takes more; absent = no limit. */
  maxMegabytes?: number;
}

export interface CorpusStats {
  count: number;
  /** Bytes used by story text and by the index, as estimated from stored sizes. */
  textBytes: number;
  indexBytes: number;
  /** From navigator.storage.estimate(), when available. */
  usage?: number;
  quota?: number;
  /** How the running background got its search index: read from storage, or rebuilt from the stories. */
  indexSource?: 'not-loaded' | 'stored' | 'rebuilt';
}

/** A feed subscription as the options page shows it (times are ISO 8601). */
export interface FeedStatus {
  url: string;
  /** Fetch each new item's link and keep the article's text when the feed carries only a summary. */
  fullArticle: boolean;
  /** Agency for items whose feed does not name one. */
  agency?: string;
  lastPoll?: string;
  lastSuccess?: string;
  /** Why the last failed poll failed; `failures` says whether that is still the case (0 = it recovered). */
  lastError?: string;
  lastErrorAt?: string;
  /** Failed polls in a row (each one doubles the wait before the next, up to a day). */
  failures: number;
  /** Items with text in the feed at its last successful read. */
  items: number;
  /** Stories this feed has added to or updated in the corpus, in all. */
  imported: number;
  /** What the last successful poll did; absent when it was answered "not modified". */
  lastReport?: FeedPollReport;
  nextPoll: string;
}

export interface FeedPollReport {
  added: number;
  updated: number;
  /** Items that could not be stored (no text, invalid), with the first reason. */
  skipped: number;
  firstProblem?: string;
  /** Items whose full article could not be fetched (their summary was stored). */
  fullTextMissed: number;
}

/** Messages the content script sends (sender must be a tab). */
export interface ContentMessages {
  'page-extracted': { request: { page: ExtractedPage | null; reason?: string }; response: { ok: true } };
}

/** Messages the background sends to a tab's content script. */
export interface TabMessages {
  /** Extract the page again (the background lost its copy, or the page changed under a single-page app). */
  'extract-page': { request: Record<string, never>; response: { page: ExtractedPage | null; reason?: string } };
}
export type TabMessageType = keyof TabMessages;
export interface TabEnvelope<T extends TabMessageType = TabMessageType> {
  type: T;
  payload: TabMessages[T]['request'];
}

/** Messages the popup and options page send (sender must be an extension page). */
export interface PageMessages {
  /**
   * The tab's state. When there is no result for the tab's current URL and auto-trace is on, the background
   * traces first; while a trace is running (e.g. the selected-text trace) the answer waits for it.
   */
  'tab-state': { request: { tabId: number }; response: TabState };
  /** Trace the tab now (extracting the page again when needed), whatever the auto-trace setting. */
  'trace-tab': { request: { tabId: number }; response: TabState };
  /** Store the tab's article as a corpus story (agency defaults to the site name). */
  'add-page-to-corpus': { request: { tabId: number; agency?: string }; response: { id: string } };
  /**
   * Add stories: a story arriving again (same id or URL, or near-identical text) becomes a new version of it
   * (src/ingest/versions) and counts as updated; a record identical to a stored version counts as neither added nor
   * updated. Records failing validation come back in `errors`, numbered by `lines` when given, else by their
   * 1-based position in this batch.
   */
  'import-records': {
    /**
     * `lines[i]`: the source line (or element) number of `records[i]`, for error reports. `importId`: shared by the
     * batches of one file's import, sent without waiting for each answer; once one fails or finds the storage full,
     * the later ones get the same answer and store nothing. `terms[i]`: the index terms of `records[i]`
     * (src/ingest/terms-text), computed by the sender so that the worker need not tokenise the story; a malformed
     * entry is ignored and the worker computes the terms itself.
     */
    request: { records: StoryRecord[]; lines?: number[]; importId?: string; terms?: string[] };
    /** `storageFull`: the browser's quota was reached; nothing of this batch was stored, the corpus is intact. */
    response: { added: number; updated: number; errors: ImportLineError[]; storageFull?: true };
  };
  'corpus-stats': { request: Record<string, never>; response: CorpusStats };
  'corpus-list': {
    request: { query: string; offset: number; limit: number };
    response: { items: StorySummary[]; total: number };
  };
  /**
   * A search is coming (the reader is in the search box): start reading what searches match, which takes seconds
   * at 100,000 stories, so that the first query finds it read or under way. Answers at once.
   */
  'corpus-search-ahead': { request: Record<string, never>; response: { ok: true } };
  'corpus-export-page': { request: { offset: number; limit: number }; response: { records: StoryRecord[] } };
  'corpus-delete': { request: { ids: string[] }; response: { deleted: number } };
  'corpus-clear': { request: Record<string, never>; response: { ok: true } };
  /** Deletes the stories beyond the retention settings now (also run daily); how many stories went. */
  'corpus-retention': { request: Record<string, never>; response: { deleted: number } };
  'settings-get': { request: Record<string, never>; response: Settings };
  'settings-set': { request: Partial<Settings>; response: Settings };
  'capture-settings-get': { request: Record<string, never>; response: CaptureSettings };
  'capture-settings-set': { request: Partial<CaptureSettings>; response: CaptureSettings };
  'trace-text': { request: { text: string; title?: string }; response: TraceResult };
  'feed-list': { request: Record<string, never>; response: { feeds: FeedStatus[] } };
  /** Subscribe and poll at once; the answer is the feed's status after that first poll. */
  'feed-add': { request: { url: string; fullArticle?: boolean; agency?: string }; response: FeedStatus };
  'feed-remove': { request: { url: string }; response: { removed: boolean } };
  'feed-poll': { request: { url: string }; response: FeedStatus };
}

export type AllMessages = ContentMessages & PageMessages;
export type MessageType = keyof AllMessages;
export type RequestOf<T extends MessageType> = AllMessages[T]['request'];
export type ResponseOf<T extends MessageType> = AllMessages[T]['response'];

/** The envelope on the wire. Errors come back as `{ error }` so callers can show them. */
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}
export type Reply<T extends MessageType> = { ok: true; value: ResponseOf<T> } | { ok: false; error: string };
