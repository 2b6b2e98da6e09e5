/**
 * The one message protocol between the extension's parts. Each message has a request and a response type;
 * messages are grouped by who may send them, and the background checks the sender of every one
 * (content-script messages must come from a tab, page messages from the extension's own pages).
 */
import type { StoryRecord, TraceResult } from './core/types';

/** What the content script extracted from a page. Paragraphs are block-level texts, never run together. */
export interface ExtractedPage {
  url: string;
  canonicalUrl?: string;
  title: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
  paragraphs: string[];
}

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
}

export interface CorpusStats {
  count: number;
  /** Bytes used by story text and by the index, as estimated from stored sizes. */
  textBytes: number;
  indexBytes: number;
  /** From navigator.storage.estimate(), when available. */
  usage?: number;
  quota?: number;
}

/** Messages the content script sends (sender must be a tab). */
export interface ContentMessages {
  'page-extracted': { request: { page: ExtractedPage | null; reason?: string }; response: { ok: true } };
}

/** Messages the popup and options page send (sender must be an extension page). */
export interface PageMessages {
  'tab-state': { request: { tabId: number }; response: TabState };
  'trace-tab': { request: { tabId: number }; response: TabState };
  'add-page-to-corpus': { request: { tabId: number; agency?: string }; response: { id: string } };
  'import-records': {
    request: { records: StoryRecord[] };
    response: { added: number; updated: number; errors: ImportLineError[] };
  };
  'corpus-stats': { request: Record<string, never>; response: CorpusStats };
  'corpus-list': {
    request: { query: string; offset: number; limit: number };
    response: { items: StorySummary[]; total: number };
  };
  'corpus-export-page': { request: { offset: number; limit: number }; response: { records: StoryRecord[] } };
  'corpus-delete': { request: { ids: string[] }; response: { deleted: number } };
  'corpus-clear': { request: Record<string, never>; response: { ok: true } };
  'settings-get': { request: Record<string, never>; response: Settings };
  'settings-set': { request: Partial<Settings>; response: Settings };
  'trace-text': { request: { text: string; title?: string }; response: TraceResult };
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
