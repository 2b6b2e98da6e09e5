/**
 * Which files in a folder are worth offering to the corpus reader. Only for choosing files when a folder is
 * given: the format itself is always recognised from the content.
 */
const CORPUS_FILE = /\.(?:jsonl|ndjson|json|xml|rss|atom|rdf|nitf|newsml|html?|xhtml|txt)(?:\.gz)?$/i;

export function isCorpusFileName(name: string): boolean {
  return CORPUS_FILE.test(name);
}
