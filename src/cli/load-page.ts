/** Reads a page (or a source text) from a file or stdin into the engine's PageInput. */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { paragraphsOf, type PageInput } from '../core';
import { articleOf } from '../extract';
import { parseHtml } from '../extract/node-dom';
import { DETECT_CHARS, detectFormat } from '../ingest/detect-format';

/** A page that could not be read or has no article: reported (after its name) for that page alone. */
export class PageError extends Error {}

export const STDIN = '-';

export async function loadPage(name: string, readStdin: () => Promise<string>): Promise<PageInput> {
  const content = name === STDIN ? await readStdin() : await readPageFile(name);
  const url = name === STDIN ? undefined : pathToFileURL(resolve(name)).href;
  const page = isHtml(name, content) ? htmlPage(name, content, url) : textPage(name, content);
  if (page.paragraphs.length === 0) throw new PageError('no text');
  return page;
}

async function readPageFile(name: string): Promise<string> {
  try {
    return await readFile(name, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PageError(code === 'ENOENT' ? 'no such file' : (error as Error).message);
  }
}

function isHtml(name: string, content: string): boolean {
  const ext = extname(name).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return true;
  if (ext === '.txt') return false;
  return looksLikeHtml(content);
}

/** Content the corpus reader would take for an HTML page (a file named neither .html nor .txt, or stdin). */
export function looksLikeHtml(content: string): boolean {
  return detectFormat(content.slice(0, DETECT_CHARS)) === 'html';
}

/** The article as the extension's content script finds it (src/extract/article-of), so both trace the same text. */
function htmlPage(name: string, html: string, url: string | undefined): PageInput {
  const { page: article, reason } = articleOf(parseHtml(html), url);
  if (!article) throw new PageError(reason);
  return { page: name, title: article.title || undefined, paragraphs: article.paragraphs };
}

/** Plain text keeps everything: no line is guessed to be a title or furniture. */
function textPage(name: string, text: string): PageInput {
  return { page: name, paragraphs: paragraphsOf(text) };
}
