/** The content script's decision for one document: the article, or why there is none (src/extract/article-of). */
import { articleOf } from '../extract';
import type { TabMessages } from '../messages';

export type Extraction = TabMessages['extract-page']['response'];

export function extractionOf(doc: Document): Extraction {
  try {
    return articleOf(doc, doc.location?.href);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { page: null, reason: `The page could not be read: ${detail}` };
  }
}
