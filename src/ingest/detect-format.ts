/** Which parser a file needs, decided from its first characters (never from its name). */
import type { CorpusFormat } from './types';

/** Characters of the (decompressed) file start that detection looks at. */
export const DETECT_CHARS = 64 * 1024;

const JSON_FEED_VERSION_URL = /^https?:\/\/jsonfeed\.org\/version\//;
const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;
// Prolog before the root element: XML declaration and processing instructions, comments, a doctype with or
// without an internal subset.
const XML_PROLOG = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype(?:[^>[]|\[[\s\S]*?\])*>)*/i;
const ROOT_ELEMENT = /^<([A-Za-z_][\w.:-]*)/;

const XML_ROOTS: Record<string, CorpusFormat> = {
  rss: 'rss',
  rdf: 'rdf',
  feed: 'atom',
  newsitem: 'newsml',
  newsmessage: 'newsml',
  nitf: 'nitf',
  html: 'html',
};

// Elements an HTML page or fragment that omits <html> may open with.
const HTML_STARTS = new Set([
  'head', 'body', 'meta', 'title', 'link', 'base', 'style', 'script', 'article', 'main', 'section', 'div', 'p',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'span', 'table', 'ul', 'ol', 'blockquote', 'figure',
]);

function isJsonFeed(value: unknown): boolean {
  const version = (value as { version?: unknown } | null)?.version;
  return typeof version === 'string' && JSON_FEED_VERSION_URL.test(version);
}

function detectJson(head: string): CorpusFormat {
  const newline = head.indexOf('\n');
  const firstLine = newline === -1 ? head : head.slice(0, newline);
  // A corpus has one complete object per line; a JSON Feed is one object, usually spread over many lines.
  try {
    return isJsonFeed(JSON.parse(firstLine)) ? 'json-feed' : 'jsonl';
  } catch {
    return JSON_FEED_VERSION.test(head) ? 'json-feed' : 'jsonl';
  }
}

function detectMarkup(head: string): CorpusFormat | null {
  const prolog = XML_PROLOG.exec(head)?.[0] ?? '';
  const root = ROOT_ELEMENT.exec(head.slice(prolog.length))?.[1];
  if (!root) return /<!doctype\s+html/i.test(prolog) ? 'html' : null;
  const localName = root.slice(root.indexOf(':') + 1).toLowerCase();
  return XML_ROOTS[localName] ?? (HTML_STARTS.has(root.toLowerCase()) ? 'html' : null);
}

// NUL, other C0 controls than whitespace, and U+FFFD (bytes that were not UTF-8).
const NOT_TEXT = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F\uFFFD]/g;

/** An image, archive or other binary file: NUL anywhere, or more than 1% of characters that text never has. */
function isBinary(head: string): boolean {
  if (head.includes('\u0000')) return true;
  return (head.match(NOT_TEXT)?.length ?? 0) > Math.max(4, head.length / 100);
}

/**
 * The format of a file from its first characters (a BOM and leading whitespace allowed), or null for a binary
 * file or markup whose root element is not one Wiretrace reads. Text that is neither JSON nor markup is plain text
 * (a binary file would otherwise become one story of garbage).
 */
export function detectFormat(head: string): CorpusFormat | null {
  if (isBinary(head)) return null;
  const start = head.replace(/^\uFEFF?\s*/, '');
  if (start.startsWith('{') || start.startsWith('[')) return detectJson(start);
  if (start.startsWith('<')) return detectMarkup(start);
  return 'text';
}
