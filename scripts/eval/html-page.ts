/**
 * A saved HTML page as the product sees it: the same article decision as the content script and the CLI
 * (src/extract/article-of: readerable check, then Readability) on a linkedom document.
 */
import type { PageInput } from '../../src/core/types';
import { articleOf, type ExtractedPage } from '../../src/extract/index';
import { parseHtml } from '../../src/extract/node-dom';

export function extractHtml(html: string, url?: string): ExtractedPage | null {
  return articleOf(parseHtml(html), url).page;
}

/** The page input for `trace`, or null when extraction finds no article. */
export function pageInputOf(extracted: ExtractedPage | null, name: string): PageInput | null {
  return extracted ? { page: name, title: extracted.title || undefined, paragraphs: extracted.paragraphs } : null;
}
