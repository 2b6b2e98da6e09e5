/**
 * Real news pages around the bench's derived articles. Readability's cost grows with the page it reads (menus,
 * teasers, comments, markup), and a trace's does not, so "trace ≤ extraction" means little on a light page: the
 * extraction benchmark's saved publisher pages (WIRETRACE_DATA/extraction-benchmark) are the pages readers open.
 * Each keeps everything but its own article: the paragraphs of its gold article text are taken out and the derived
 * article's paragraphs put in their place. A shell is used for a page only when the product's own extraction (the
 * content script's decision, on linkedom) gives back that article and little else.
 */
import { extractionBenchmarkPages } from '../scripts/eval/extraction-pages';
import { extractHtml } from '../scripts/eval/html-page';
import { bagOfWords } from '../scripts/eval/metrics';
import { parseHtml } from '../src/extract/node-dom';
import type { BenchPage } from './pages';

export interface NewsShell {
  id: string;
  url: string;
  html: string;
  /** The publisher's article text (the benchmark's gold text), whitespace squashed. */
  article: string;
}

/** A paragraph this long found in the gold text is the publisher's article, not a teaser that quotes its title. */
const MIN_ARTICLE_PARAGRAPH = 40;
/** Bag-of-words F1 between the extracted text and the derived article for a shell to count as taking it. */
const TAKES_ARTICLE = 0.9;
/** Consecutive pages start their search for a shell this far apart, so the pages spread over the publishers. */
const STRIDE = 7;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function newsShells(dataDir: string): NewsShell[] {
  return extractionBenchmarkPages(dataDir).map(({ id, url, html, articleBody }) => ({ id, url, html: html(), article: squash(articleBody) }));
}

/** The shell with `page` as its article, or null when the publisher's article paragraphs cannot be told apart. */
function withArticle(shell: NewsShell, page: BenchPage): string | null {
  const doc = parseHtml(shell.html);
  const containers = new Set<Element>();
  for (const paragraph of doc.querySelectorAll('p')) {
    const text = squash(paragraph.textContent ?? '');
    if (text.length >= MIN_ARTICLE_PARAGRAPH && shell.article.includes(text) && paragraph.parentElement) containers.add(paragraph.parentElement);
  }
  const [first] = containers;
  if (!first) return null;
  for (const container of containers) container.replaceChildren();
  for (const text of page.page.paragraphs) {
    const paragraph = doc.createElement('p');
    paragraph.textContent = text;
    first.appendChild(paragraph);
  }
  const title = page.page.title ?? '';
  const h1 = doc.querySelector('h1');
  if (h1) h1.textContent = title;
  if (doc.title !== undefined) doc.title = title;
  return doc.toString();
}

function takesArticle(html: string, shell: NewsShell, page: BenchPage): boolean {
  const extracted = extractHtml(html, shell.url);
  return !!extracted && (bagOfWords(extracted.paragraphs.join('\n\n'), page.page.paragraphs.join('\n\n')).f1 ?? 0) >= TAKES_ARTICLE;
}

/**
 * Each page in the first shell, from its own starting point, that takes its article (`html`), with that shell as the
 * publisher saved it (`saved`); throws if no shell takes a page.
 */
export function inNewsShells(pages: readonly BenchPage[], shells: readonly NewsShell[]): Array<{ html: string; shell: string; saved: string }> {
  return pages.map((page, i) => {
    for (let tried = 0; tried < shells.length; tried++) {
      const shell = shells[(i * STRIDE + tried) % shells.length];
      const html = withArticle(shell, page);
      if (html !== null && takesArticle(html, shell, page)) return { html, shell: shell.id, saved: shell.html };
    }
    throw new Error(`no news page takes the article of bench page ${i}`);
  });
}
