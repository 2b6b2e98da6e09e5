/**
 * A fetched feed body into corpus records, through the same ingest code as a file import. The service worker
 * has no DOMParser, so HTML inside feed items is parsed with linkedom, as the CLI does: the same pure-JS parser
 * and the same block walker give the same paragraphs in Chrome's worker and Firefox's event page.
 */
import { parseHtml } from '../../extract/node-dom';
import { detectFormat, gunzip, isGzip, parseCorpusBytes, type CorpusFormat, type ParsedCorpus } from '../../ingest';
import { errorText } from '../tab-tracker';

/** Formats a subscription may deliver: feeds and wire XML, or a JSONL corpus. */
const feedFormats = new Set<CorpusFormat>(['rss', 'rdf', 'atom', 'json-feed', 'newsml', 'nitf', 'jsonl']);

export class FeedFormatError extends Error {
  override name = 'FeedFormatError';
}

/**
 * The feed's stories and per-item problems. An HTML page (a login wall, a moved feed's landing page) or plain
 * text is a FeedFormatError, not one "story": ingest would read either as an article, and a feed address
 * answering with one is broken.
 */
export async function readFeed(url: string, body: Uint8Array, agency: string | undefined): Promise<ParsedCorpus> {
  let bytes: Uint8Array;
  try {
    bytes = isGzip(body) ? await gunzip(body) : body;
  } catch (error) {
    throw new FeedFormatError(`the gzip data is corrupt (${errorText(error)})`);
  }
  const format = detectFormat(new TextDecoder().decode(bytes.subarray(0, 64 * 1024)));
  if (format === 'html') throw new FeedFormatError('the address answered with a web page, not a feed');
  if (format === null || !feedFormats.has(format)) {
    throw new FeedFormatError('the answer is not a feed Wiretrace reads (RSS, Atom, JSON Feed, NewsML-G2, NITF or JSONL)');
  }
  try {
    return await parseCorpusBytes(url, bytes, { parseHtml, ...(agency && { agency }) });
  } catch (error) {
    // Ingest names the file first; here the file is the feed the status already belongs to.
    throw new FeedFormatError(errorText(error).replace(`${url}: `, ''));
  }
}
