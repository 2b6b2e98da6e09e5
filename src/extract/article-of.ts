/**
 * Whether a page holds an article, and which: one decision for the content script (live DOM) and the CLI
 * (linkedom), so the popup and `wiretrace trace` compare the same text with the corpus.
 */
import { extractArticle } from './extract-article';
import type { ExtractedPage } from './extracted-page';
import { isArticleLike } from './is-article-like';

export type ArticleOutcome = { page: ExtractedPage; reason?: undefined } | { page: null; reason: string };

/** Far beyond any news article (the longest run to some 100,000 characters): the rest of a page is not story. */
export const MAX_ARTICLE_CHARS = 300_000;

/**
 * The cheap check first, so that search pages, feeds and apps never pay for Readability; huge or deeply nested
 * pages are then refused inside extractArticle, before Readability clones them.
 */
export function articleOf(doc: Document, url?: string): ArticleOutcome {
  if (!isArticleLike(doc)) return { page: null, reason: 'This page does not look like an article.' };
  const page = extractArticle(doc, { url, maxChars: MAX_ARTICLE_CHARS });
  return page ? { page } : { page: null, reason: 'No article text was found on this page.' };
}
