/**
 * HTML parsing for Node (CLI, eval, tests) with linkedom. linkedom builds documents verbatim from the markup, so
 * a fragment or a page that omits <html>, <head> or <body> tags comes out without a usable body: this wrapper
 * gives every input an <html> root with one <head> and one <body>, as a browser's DOMParser does.
 */
import { DOMParser } from 'linkedom';

// Markup that starts (after a BOM, comments, an XML declaration or a doctype) with an <html> tag.
const FULL_DOCUMENT = /^\uFEFF?\s*(?:(?:<!--[\s\S]*?-->|<!doctype[^>]*>|<\?xml[^>]*>)\s*)*<html[\s>]/i;

const HEAD_TAGS = new Set(['title', 'meta', 'link', 'base', 'style', 'script']);

function tagOf(node: Node): string {
  return node.nodeType === 1 ? (node as Element).localName.toLowerCase() : '';
}

/** Puts head-only elements into the one <head> and everything else the markup left loose into the one <body>. */
function normaliseSkeleton(doc: Document): void {
  const root = doc.documentElement;
  const children = Array.from(root.childNodes);
  const head = children.find((node) => tagOf(node) === 'head') ?? root.insertBefore(doc.createElement('head'), root.firstChild);
  const body = children.find((node) => tagOf(node) === 'body') ?? root.appendChild(doc.createElement('body'));
  const firstInBody = body.firstChild;
  let afterBody = false;
  for (const node of children) {
    const tag = tagOf(node);
    if (node === head) continue;
    if (node === body) {
      afterBody = true;
    } else if (tag === 'body' || tag === 'head') {
      for (const child of Array.from(node.childNodes)) (tag === 'head' ? head : body).appendChild(child);
      root.removeChild(node);
    } else if (HEAD_TAGS.has(tag)) {
      head.appendChild(node);
    } else if (tag !== '' || (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '')) {
      if (afterBody) body.appendChild(node);
      else body.insertBefore(node, firstInBody);
    }
  }
}

/** A DOM Document for an HTML page or fragment. */
export function parseHtml(html: string): Document {
  const markup = FULL_DOCUMENT.test(html) ? html : `<html>${html}</html>`;
  const doc = new DOMParser().parseFromString(markup, 'text/html') as unknown as Document;
  normaliseSkeleton(doc);
  return doc;
}
