/**
 * The one entry point for corpus files: bytes in (gzipped or not), format recognised from the content, stories
 * out. JSONL streams in batches with byte progress; the other formats are read whole and come as one batch.
 */
import { DETECT_CHARS, detectFormat } from './detect-format';
import { parseFeedText } from './parse-feed';
import { parseHtmlPage } from './parse-html-page';
import { parseJsonlChunks } from './parse-jsonl';
import { parseNewsml } from './parse-newsml';
import { parseNitf } from './parse-nitf';
import { parsePlainText } from './parse-plain-text';
import { textChunks, type TextChunk } from './text-chunks';
import { IngestError, type CorpusFormat, type IngestOptions, type ParsedStories } from './types';
import { parseXml } from './xml-tree';

export interface CorpusBatch extends ParsedStories {
  format: CorpusFormat;
  /** Input bytes read so far, and in all: progress for large files. */
  done: number;
  total: number;
}

export interface ParsedCorpus extends ParsedStories {
  format: CorpusFormat;
}

export interface BatchOptions extends IngestOptions {
  /** Stories (and errors) per JSONL batch. */
  batchSize?: number;
}

export const DEFAULT_BATCH_SIZE = 500;
// Formats other than JSONL are parsed whole; beyond this a file is no single feed or page.
const MAX_DOCUMENT_CHARS = 100_000_000;

async function* replay(first: TextChunk[], rest: AsyncIterator<TextChunk>): AsyncGenerator<TextChunk> {
  yield* first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function readRest(first: TextChunk[], rest: AsyncIterator<TextChunk>): Promise<string> {
  const parts = first.map((chunk) => chunk.text);
  let length = parts.reduce((sum, part) => sum + part.length, 0);
  for (let next = await rest.next(); !next.done; next = await rest.next()) {
    length += next.value.text.length;
    if (length > MAX_DOCUMENT_CHARS) throw new IngestError(`larger than ${MAX_DOCUMENT_CHARS} characters`);
    parts.push(next.value.text);
  }
  return parts.join('');
}

function parseDocument(format: Exclude<CorpusFormat, 'jsonl'>, name: string, text: string, opts: IngestOptions): Promise<ParsedStories> {
  switch (format) {
    case 'rss':
    case 'rdf':
    case 'atom':
    case 'json-feed':
      return parseFeedText(text, opts);
    case 'newsml':
      return parseNewsml(parseXml(text), opts);
    case 'nitf':
      return parseNitf(parseXml(text), opts);
    case 'html':
      return parseHtmlPage(text, opts);
    case 'text':
      return parsePlainText(name, text, opts);
  }
}

/**
 * Stories of one corpus file, batch by batch. A story that cannot be read is an error with its line (JSONL) or
 * element number, and the rest are kept. A file that cannot be read at all throws an IngestError naming it.
 */
export async function* parseCorpusBatches(name: string, bytes: Uint8Array, opts: BatchOptions): AsyncGenerator<CorpusBatch> {
  const total = bytes.length;
  const chunks = textChunks(bytes)[Symbol.asyncIterator]();
  try {
    const head: TextChunk[] = [];
    let headLength = 0;
    while (headLength < DETECT_CHARS) {
      const next = await chunks.next();
      if (next.done) break;
      head.push(next.value);
      headLength += next.value.text.length;
    }
    const format = detectFormat(head.map((chunk) => chunk.text).join('').slice(0, DETECT_CHARS));
    if (!format) {
      throw new IngestError('not a format Wiretrace reads (JSONL, RSS, Atom, JSON Feed, NewsML-G2, NITF, HTML or text)');
    }
    if (format === 'jsonl') {
      for await (const batch of parseJsonlChunks(replay(head, chunks), opts.batchSize ?? DEFAULT_BATCH_SIZE)) {
        yield { format, ...batch, total };
      }
      return;
    }
    const parsed = await parseDocument(format, name, await readRest(head, chunks), opts);
    yield { format, ...parsed, done: total, total };
  } catch (error) {
    if (error instanceof IngestError) throw new IngestError(`${name}: ${error.message}`);
    throw error;
  }
}

/** All stories of one corpus file at once (see parseCorpusBatches). */
export async function parseCorpusBytes(name: string, bytes: Uint8Array, opts: IngestOptions): Promise<ParsedCorpus> {
  const corpus: ParsedCorpus = { format: 'text', records: [], errors: [], lines: [] };
  for await (const batch of parseCorpusBatches(name, bytes, opts)) {
    corpus.format = batch.format;
    for (const record of batch.records) corpus.records.push(record);
    for (const error of batch.errors) corpus.errors.push(error);
    for (const line of batch.lines) corpus.lines.push(line);
  }
  return corpus;
}
