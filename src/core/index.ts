/** The tracing engine's public surface. Pure TypeScript: runs in the service worker, in Node and in the CLI. */
export * from './types';
export { CorpusIndex, type Candidate } from './corpus-index';
export { trace, type Corpus, type TraceOptions } from './trace';
export { compare } from './compare';
export { MemoryCorpus } from './memory-corpus';
export { paragraphsOf } from './paragraphs';
