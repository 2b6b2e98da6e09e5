/** A saved HTML page as the engine sees it: Readability (src/extract) on a linkedom document. */
import type { PageInput } from '../../src/core/types';
import { extractFromHtml, type ExtractedPage } from '../../src/extract/index';
import { parseHtml } from '../../src/extract/node-dom';

export function extractHtml(html: string, url?: string): ExtractedPage | null {
  return extractFromHtml(html, parseHtml, url);
}

/** The page input for `trace`, or null when extraction finds no article. */
export function pageInputOf(extracted: ExtractedPage | null, name: string): PageInput | null {
  return extracted ? { page: name, title: extracted.title || undefined, paragraphs: extracted.paragraphs } : null;
}
