/** An HTML page saved to a file becomes one story, extracted the way the extension reads pages. */
import { extractArticle } from '../extract/extract-article';
import { hostOf, knownAgency } from './agency';
import { contentId } from './content-id';
import { toIsoDate } from './iso-date';
import { buildRecord } from './story-record';
import type { IngestOptions, ParsedStories } from './types';

export async function parseHtmlPage(html: string, opts: IngestOptions): Promise<ParsedStories> {
  const page = extractArticle(opts.parseHtml(html));
  if (!page) return { records: [], errors: [{ line: 1, reason: 'no article found in the page' }], lines: [] };
  const url = page.canonicalUrl ?? (page.url || undefined);
  const agency =
    opts.agency ??
    knownAgency({ names: [page.siteName], urls: [url] }) ??
    page.siteName ??
    hostOf(url) ??
    'unknown';
  const record = buildRecord(
    {
      id: url ?? (await contentId('page', page.paragraphs.join('\n\n'))),
      agency,
      title: page.title,
      url,
      published: toIsoDate(page.publishedTime),
    },
    page.paragraphs,
  );
  return { records: [record], errors: [], lines: [1] };
}
