/** The content script's decision for one document: the article, or why there is none. */
import { extractArticle, isArticleLike } from '../extract';
import type { TabMessages } from '../messages';

export type Extraction = TabMessages['extract-page']['response'];

/** Far beyond any news article (the longest run to some 100,000 characters): the rest of a page is not story. */
export const maxArticleChars = 300_000;

/** Huge or deeply nested pages are refused inside extractArticle, before Readability clones them. */
export function extractionOf(doc: Document): Extraction {
  try {
    if (!isArticleLike(doc)) return { page: null, reason: 'This page does not look like an article.' };
    const page = extractArticle(doc, { url: doc.location?.href, maxChars: maxArticleChars });
    return page ? { page } : { page: null, reason: 'No article text was found on this page.' };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { page: null, reason: `The page could not be read: ${detail}` };
  }
}
