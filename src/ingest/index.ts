/**
 * Corpus files into story records: JSONL (optionally gzipped), RSS/Atom/JSON Feed, NewsML-G2, NITF, HTML pages
 * and plain text, recognised from their content. Free of Node APIs: runs in the options page and in the CLI.
 */
export {
  parseCorpusBatches,
  parseCorpusBytes,
  DEFAULT_BATCH_SIZE,
  type BatchOptions,
  type CorpusBatch,
  type ParsedCorpus,
} from './parse-corpus';
export { detectFormat } from './detect-format';
export { isCorpusFileName } from './corpus-file-name';
export { toJsonl, toJsonlLine } from './to-jsonl';
export { gzip, gunzip, isGzip } from './gzip';
export { validateRecord, type Validation } from './validate-record';
export { IngestError, type CorpusFormat, type ImportLineError, type IngestOptions, type ParsedStories } from './types';
