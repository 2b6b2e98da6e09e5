/**
 * Paragraph texts of a document tree, walked block by block: each block element (paragraph, heading, list item,
 * table cell...) and each run of text directly inside a container becomes its own paragraph, so headings and
 * paragraphs never run together. Works on any tree through an adapter: the DOM of a page, or a parsed XML body.
 */

/** How the walker sees a tree. */
export interface TreeAdapter<N> {
  /** The text of a text node; null for anything else. */
  text(node: N): string | null;
  /** The lower-case local name of an element; null for anything else. */
  tag(node: N): string | null;
  children(node: N): Iterable<N>;
}

// HTML block elements plus the NITF ones (hl1, hl2, bq, block...) so one walker serves pages and wire XML.
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'abstract', 'block', 'body.content', 'body.end', 'body.head', 'bq', 'byline', 'credit', 'dateline', 'distributor',
  'fn', 'hedline', 'hl1', 'hl2', 'media', 'media-caption', 'note', 'tagline',
]);

// Elements whose text is never article text (code, styling, form controls, document head).
const SKIPPED_TAGS = new Set([
  'button', 'canvas', 'embed', 'head', 'iframe', 'math', 'noscript', 'object', 'script', 'select', 'style', 'svg',
  'template', 'textarea',
]);

const INVISIBLE_CHARS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Collapses runs of whitespace to one space and drops invisible characters (soft hyphens, zero-width spaces). */
export function collapseWhitespace(text: string): string {
  return text.replace(INVISIBLE_CHARS, '').replace(/\s+/g, ' ').trim();
}

/**
 * The non-empty paragraph texts under `root`, in document order, whitespace collapsed. Stops once `maxChars`
 * characters have been collected (the last paragraph is cut), so a hostile tree costs bounded work.
 * Iterative, so a deeply nested tree cannot overflow the stack.
 */
export function blockTexts<N>(root: N, tree: TreeAdapter<N>, maxChars = Number.POSITIVE_INFINITY): string[] {
  const paragraphs: string[] = [];
  let total = 0;
  let pending: string[] = [];
  let pendingLength = 0;

  const flush = (): void => {
    if (pending.length === 0) return;
    const text = collapseWhitespace(pending.join(''));
    pending = [];
    pendingLength = 0;
    if (!text) return;
    const kept = text.slice(0, maxChars - total);
    paragraphs.push(kept);
    total += kept.length;
  };

  const stack: { children: Iterator<N>; block: boolean }[] = [
    { children: tree.children(root)[Symbol.iterator](), block: true },
  ];
  while (stack.length > 0 && total < maxChars) {
    const frame = stack[stack.length - 1];
    const next = frame.children.next();
    if (next.done) {
      stack.pop();
      if (frame.block) flush();
      continue;
    }
    const node = next.value;
    const text = tree.text(node);
    if (text !== null) {
      pending.push(text);
      pendingLength += text.length;
      // A single giant text run must not be buffered whole: cut it where the budget ends.
      if (total + pendingLength >= maxChars) flush();
      continue;
    }
    const tag = tree.tag(node);
    if (tag === null || SKIPPED_TAGS.has(tag)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    stack.push({ children: tree.children(node)[Symbol.iterator](), block });
  }
  flush();
  return paragraphs;
}
