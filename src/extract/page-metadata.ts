/**
 * Page metadata Readability does not always find: the canonical URL, and the publication time and language
 * from the meta tags and JSON-LD blocks news sites carry for search engines.
 */
import { collapseWhitespace } from './block-text';

// JSON-LD blocks larger than this are skipped: metadata is small, a huge block is bloat or hostile.
const MAX_JSON_LD_CHARS = 500_000;
const MAX_JSON_LD_DEPTH = 8;

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="date"]',
];

function attribute(doc: Document, selector: string, name: string): string | undefined {
  const value = doc.querySelector(selector)?.getAttribute(name);
  const text = value ? collapseWhitespace(value) : '';
  return text || undefined;
}

/** An absolute http(s) URL for `href`, resolved against `base`; undefined when it is not one. */
function absoluteHttpUrl(href: string, base: string | undefined): string | undefined {
  try {
    const url = new URL(href, base || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page's own idea of its address: `link rel=canonical`, else `og:url`. */
export function canonicalUrlOf(doc: Document, pageUrl?: string): string | undefined {
  const candidates = [
    attribute(doc, 'link[rel~="canonical"]', 'href'),
    attribute(doc, 'meta[property="og:url"]', 'content'),
  ];
  for (const href of candidates) {
    const url = href && absoluteHttpUrl(href, pageUrl);
    if (url) return url;
  }
  return undefined;
}

function findDatePublished(value: unknown, depth: number): string | undefined {
  if (depth > MAX_JSON_LD_DEPTH || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string' && record.datePublished.trim()) return record.datePublished.trim();
  return findDatePublished(record['@graph'], depth + 1);
}

function jsonLdDatePublished(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD_CHARS) continue;
    try {
      const found = findDatePublished(JSON.parse(source), 0);
      if (found) return found;
    } catch {
      // Sites ship broken JSON-LD often enough; the next block or the meta tags may still tell.
    }
  }
  return undefined;
}

/** Publication time as the page states it (not normalised): meta tags first, then JSON-LD `datePublished`. */
export function publishedTimeOf(doc: Document): string | undefined {
  for (const selector of PUBLISHED_META) {
    const value = attribute(doc, selector, 'content');
    if (value) return value;
  }
  return attribute(doc, 'time[itemprop="datePublished"]', 'datetime') ?? jsonLdDatePublished(doc);
}

/** Language tag: `<html lang>`, else `Content-Language`, else `og:locale` (en_US becomes en-US). */
export function langOf(doc: Document): string | undefined {
  const lang =
    attribute(doc, 'html', 'lang') ??
    attribute(doc, 'meta[http-equiv="content-language" i]', 'content') ??
    attribute(doc, 'meta[property="og:locale"]', 'content');
  return lang?.replace(/_/g, '-');
}
