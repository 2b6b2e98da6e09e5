import { Readability } from '@mozilla/readability';
import { blockTexts, collapseWhitespace } from './block-text';
import { withinBounds } from './dom-bounds';
import { domTree } from './dom-tree';
import type { ExtractedPage } from './extracted-page';
import { canonicalUrlOf, langOf, publishedTimeOf } from './page-metadata';

export interface ExtractOptions {
  /** The page's address; defaults to the document's own URL. */
  url?: string;
  /** Most characters of article text kept (the rest is cut). */
  maxChars?: number;
  /** Pages with more elements than this are not analysed at all (null). */
  maxElements?: number;
  /** Pages nested deeper than this are not analysed at all (null). */
  maxDepth?: number;
  /** Less article text than this means the page has no article (null): Readability always returns its best guess. */
  minChars?: number;
}

const DEFAULT_MAX_CHARS = 2_000_000;
// Real article pages have a few thousand elements (the largest of ~300 test pages: ~10,000) nested at most ~50
// deep; far beyond that a page is an app or hostile, and Readability's cost would grow with it.
export const DEFAULT_MAX_ELEMENTS = 60_000;
const DEFAULT_MAX_DEPTH = 256;
// The length isProbablyReaderable asks of a single paragraph: shorter than that, the "article" is page furniture.
const DEFAULT_MIN_CHARS = 140;

/** The document's own address when it is a web or file page (not about:blank, not a parser's extension URL). */
function documentUrl(doc: Document): string | undefined {
  const url = doc.URL;
  return url && /^(?:https?|file):/i.test(url) ? url : undefined;
}

function optional(text: string | null | undefined): string | undefined {
  const collapsed = text ? collapseWhitespace(text) : '';
  return collapsed || undefined;
}

/**
 * The article in `doc` as paragraphs plus metadata, or null when the page has no article or is too large.
 * Readability works on a clone, so the live page is never modified.
 */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractedPage | null {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const bounds = { maxElements: opts.maxElements ?? DEFAULT_MAX_ELEMENTS, maxDepth: opts.maxDepth ?? DEFAULT_MAX_DEPTH };
  // Checked here rather than by Readability's maxElemsToParse: that check uses getElementsByTagName('*'),
  // which linkedom answers with an empty list, it ignores depth, and checking first spares cloning a huge page.
  if (!withinBounds(doc, bounds)) return null;

  const clone = doc.cloneNode(true) as Document;
  const article = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  if (!article?.content) return null;
  const paragraphs = blockTexts(article.content, domTree, maxChars);
  const length = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  if (length < (opts.minChars ?? DEFAULT_MIN_CHARS)) return null;

  const url = opts.url ?? documentUrl(doc);
  const canonicalUrl = canonicalUrlOf(doc, url);
  return {
    url: url || canonicalUrl || '',
    canonicalUrl,
    title: optional(article.title) ?? optional(doc.title) ?? '',
    byline: optional(article.byline),
    siteName: optional(article.siteName),
    publishedTime: optional(article.publishedTime) ?? publishedTimeOf(doc),
    lang: optional(article.lang) ?? langOf(doc),
    paragraphs,
  };
}

/** Parses `html` with the given DOM parser (linkedom in Node, DOMParser in a browser) and extracts the article. */
export function extractFromHtml(
  html: string,
  parse: (html: string) => Document,
  url?: string,
  opts: Omit<ExtractOptions, 'url'> = {},
): ExtractedPage | null {
  return extractArticle(parse(html), { ...opts, url });
}
