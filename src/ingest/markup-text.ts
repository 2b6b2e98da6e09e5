/**
 * Paragraphs of the text fields feeds carry, which may be HTML (RSS description, content:encoded, Atom
 * type="html") or plain text. HTML is parsed by the caller's DOM parser into an inert document and read block by
 * block: tags are never stripped with patterns, and nothing is ever put into a live page.
 */
import { paragraphsOf } from '../core/paragraphs';
import { blockTexts } from '../extract/block-text';
import { domTree } from '../extract/dom-tree';

// A tag, or an entity (feeds often escape their HTML once more): either means the text is markup.
const MARKUP = /<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+|#x[\da-f]+);/i;

function looksLikeHtml(text: string): boolean {
  return MARKUP.test(text);
}

/** Paragraphs of an HTML fragment. */
export function htmlParagraphs(html: string, parseHtml: (html: string) => Document): string[] {
  const doc = parseHtml(html);
  return blockTexts(doc.body ?? doc.documentElement, domTree);
}

/** Paragraphs of a field that is HTML or plain text, whichever it looks like. */
export function markupParagraphs(text: string, parseHtml: (html: string) => Document): string[] {
  return looksLikeHtml(text) ? htmlParagraphs(text, parseHtml) : paragraphsOf(text);
}

/** One line of text from an HTML field (an Atom title of type html). */
export function htmlLine(html: string, parseHtml: (html: string) => Document): string {
  return htmlParagraphs(html, parseHtml).join(' ');
}
