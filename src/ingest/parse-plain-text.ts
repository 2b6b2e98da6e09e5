/** A plain text file becomes one story: a short first line is its title, the rest its paragraphs. */
import { paragraphsOf } from '../core/paragraphs';
import { collapseWhitespace } from '../extract/block-text';
import { contentId } from './content-id';
import { buildRecord } from './story-record';
import type { IngestOptions, ParsedStories } from './types';

// Longer than a headline: the first line is then story text, and the file name stands in as title.
const MAX_TITLE_CHARS = 200;

/**
 * Paragraphs of the body: blocks separated by blank lines when there are any; otherwise, in a file with no
 * blank lines at all, each line is a paragraph (text editors and copy-paste often drop the blank lines).
 */
function bodyParagraphs(body: string): string[] {
  if (/\n[^\S\n]*\n/.test(body)) return paragraphsOf(body);
  return body
    .split('\n')
    .map(collapseWhitespace)
    .filter((line) => line.length > 0);
}

function titleFromName(name: string): string {
  return name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}

export async function parsePlainText(name: string, text: string, opts: IngestOptions): Promise<ParsedStories> {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  if (!normalised) return { records: [], errors: [{ line: 1, reason: 'the file has no text' }], lines: [] };
  const newline = normalised.indexOf('\n');
  const firstLine = collapseWhitespace(newline === -1 ? normalised : normalised.slice(0, newline));
  const hasTitle = newline !== -1 && firstLine.length <= MAX_TITLE_CHARS;
  const paragraphs = bodyParagraphs(hasTitle ? normalised.slice(newline + 1).trim() : normalised);
  const record = buildRecord(
    {
      id: await contentId('text', normalised),
      agency: opts.agency ?? 'unknown',
      title: hasTitle ? firstLine : titleFromName(name),
    },
    paragraphs,
  );
  return { records: [record], errors: [], lines: [1] };
}
