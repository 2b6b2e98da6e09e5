/**
 * Sentence statuses from an alignment: every source sentence kept / paraphrased / cut, every page sentence
 * copied / paraphrased / added. "Kept" and "copied" mean the words survived, in order: the linked sentences
 * together hold (nearly) all of this sentence's words as a common subsequence — merged or split sentences count.
 */
import type { Alignment, Link } from './align';
import type { PreparedText } from './document';
import type { PageSentenceResult, SourceSentenceResult } from './types';

/** Share of a sentence's words that must survive, in order, for it to count as kept or copied. */
const VERBATIM = 0.9;

function verbatim(links: Link[], inOrder: (link: Link) => number): boolean {
  return links.length > 0 && links.reduce((sum, link) => sum + inOrder(link), 0) >= VERBATIM;
}

export function classifySource(source: PreparedText, alignment: Alignment): SourceSentenceResult[] {
  return source.sentences.map((sentence, index) => {
    const links = alignment.bySource[index];
    const page = [...new Set(links.map((l) => l.page))].sort((a, b) => a - b);
    const status = links.length === 0 ? 'cut' : verbatim(links, (l) => l.score.sourceInOrder) ? 'kept' : 'paraphrased';
    return { text: sentence.text, status, page };
  });
}

export function classifyPage(page: PreparedText, alignment: Alignment): PageSentenceResult[] {
  return page.sentences.map((sentence, index) => {
    const links = alignment.byPage[index];
    const source = [...new Set(links.map((l) => l.source))].sort((a, b) => a - b);
    const status = links.length === 0 ? 'added' : verbatim(links, (l) => l.score.pageInOrder) ? 'copied' : 'paraphrased';
    return { text: sentence.text, status, source };
  });
}
