import { isProbablyReaderable } from '@mozilla/readability';

/**
 * Cheap check, without running Readability, whether the document looks like an article. The content script
 * calls it first so that search pages, feeds and apps never pay for a full extraction.
 */
export function isArticleLike(doc: Document): boolean {
  return isProbablyReaderable(doc);
}
