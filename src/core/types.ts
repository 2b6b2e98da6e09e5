/**
 * The shapes every part of Wiretrace shares: corpus records going in, trace results coming out.
 * The JSON result is a public contract (CLI output, extension popup, other tools): add fields, never rename.
 */

/** One wire story, one line of a corpus JSONL file. `text` holds paragraphs separated by blank lines. */
export interface StoryRecord {
  id: string;
  agency: string;
  title: string;
  text: string;
  url?: string;
  published?: string;
  dateline?: string;
  topics?: string[];
  /** Version number when the same story arrived several times (1 = first). */
  version?: number;
  /**
   * The story this record is a version of, when a story is kept as several records (one per version, each with
   * its own `id`). Results name the story by this id and say which `version` the page follows.
   */
  storyId?: string;
}

/** What the engine needs of a page: its paragraphs, never run together, plus what is known about it. */
export interface PageInput {
  /** Where the page came from: a URL, a file name, or "-" for stdin. Echoed as `page` in the result. */
  page: string;
  title?: string;
  paragraphs: string[];
}

export type Verdict = 'derived' | 'partial' | 'none';

export interface SourceRef {
  id: string;
  agency: string;
  title: string;
  url?: string;
  published?: string;
  version?: number;
}

export type SourceStatus = 'kept' | 'paraphrased' | 'cut';
export type PageStatus = 'copied' | 'paraphrased' | 'added';

export interface SourceSentenceResult {
  text: string;
  status: SourceStatus;
  /** Indices into `pageSentences` that carry this source sentence. */
  page: number[];
}

export interface PageSentenceResult {
  text: string;
  status: PageStatus;
  /** Indices into the source's `sourceSentences` this page sentence comes from. */
  source: number[];
  /** Set when the sentence comes from another reported source (a page that combines two wire stories). */
  sourceId?: string;
}

export type ChangeKind = 'quote' | 'number' | 'name';

export interface Change {
  kind: ChangeKind;
  /** The wire's words (the quote, the number with its context word, the name). */
  source: string;
  /** What the page has instead, or null when the page dropped it (a quote turned into indirect speech). */
  page: string | null;
  /** Index of the source sentence the change sits in. */
  sourceSentence: number;
  /** Index of the page sentence the change sits in. */
  pageSentence: number;
}

export interface Alternative {
  id: string;
  agency: string;
  title: string;
  score: number;
}

/** Another wire story the same page also draws on (e.g. Reuters + AP merged). */
export interface AdditionalSource extends SourceRef {
  confidence: number;
  coverage: number;
  reuse: number;
  sourceSentences: SourceSentenceResult[];
}

/** The comparison of one page against one source: what `compare` returns. */
export interface CompareResult {
  page: string;
  verdict: Verdict;
  confidence: number;
  coverage: number;
  reuse: number;
  sourceSentences: SourceSentenceResult[];
  pageSentences: PageSentenceResult[];
  changes: Change[];
}

/** What `trace` returns: the comparison against the best source found in the corpus. */
export interface TraceResult extends CompareResult {
  source: SourceRef | null;
  alternatives: Alternative[];
  /** Further sources the page also draws on, strongest first. */
  additionalSources: AdditionalSource[];
  /** Milliseconds spent (retrieval + alignment), for benchmarks and the popup's footer. */
  elapsedMs?: number;
}
