/**
 * "Fetch full article" for feeds that carry only a summary: each new item's link is fetched and its article
 * extracted with Readability, as the CLI does on linkedom (the service worker has no DOM, and linkedom gives
 * Readability one there). The summary stays when the page cannot be fetched or holds less text than it.
 */
import type { StoryRecord } from '../../core/types';
import { extractFromHtml } from '../../extract';
import { parseHtml } from '../../extract/node-dom';
import { fetchBody } from './fetch-body';

export const articleLimits = { timeoutMs: 20_000, maxBytes: 5_000_000 };

/** The record with the article's text, or null when the article could not be had (the caller keeps the summary). */
export async function withFullArticle(record: StoryRecord, fetcher: typeof fetch): Promise<StoryRecord | null> {
  if (!record.url || !/^https?:\/\//i.test(record.url)) return null;
  try {
    const answer = await fetchBody(fetcher, record.url, articleLimits);
    if (answer.status !== 'ok' || !/html/i.test(answer.contentType || 'text/html')) return null;
    const article = extractFromHtml(decode(answer.bytes, answer.contentType), parseHtml, record.url);
    const text = article?.paragraphs.join('\n\n') ?? '';
    return text.length > record.text.length ? { ...record, text } : record;
  } catch {
    return null;
  }
}

/** Pages still come in legacy charsets; the header names it, and UTF-8 is the default. */
function decode(bytes: Uint8Array, contentType: string): string {
  const label = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}
