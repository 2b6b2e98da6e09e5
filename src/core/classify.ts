/**
 * Sentence statuses from an alignment: every source sentence kept / paraphrased / cut, every page sentence
 * copied / paraphrased / added. "Kept" and "copied" mean the words survived (same evidence, same order);
 * merged or split sentences count as copied when each piece is verbatim.
 */
import type { Alignment, Link } from './align';
import type { PreparedText } from './document';
import type { PageSentenceResult, SourceSentenceResult } from './types';

const VERBATIM = { covered: 0.9, order: 0.9 };

/** The linked sentences carry (nearly) all of this sentence's evidence, each piece in its original order. */
function verbatim(links: Link[], covered: (link: Link) => number): boolean {
  const total = links.reduce((sum, link) => sum + covered(link), 0);
  return links.length > 0 && total >= VERBATIM.covered && links.every((link) => link.score.order >= VERBATIM.order);
}

export function classifySource(source: PreparedText, alignment: Alignment): SourceSentenceResult[] {
  return source.sentences.map((sentence, index) => {
    const links = alignment.bySource[index];
    const page = [...new Set(links.map((l) => l.page))].sort((a, b) => a - b);
    const status = links.length === 0 ? 'cut' : verbatim(links, (l) => l.score.sourceCovered) ? 'kept' : 'paraphrased';
    return { text: sentence.text, status, page };
  });
}

export function classifyPage(page: PreparedText, alignment: Alignment): PageSentenceResult[] {
  return page.sentences.map((sentence, index) => {
    const links = alignment.byPage[index];
    const source = [...new Set(links.map((l) => l.source))].sort((a, b) => a - b);
    const status = links.length === 0 ? 'added' : verbatim(links, (l) => l.score.pageCovered) ? 'copied' : 'paraphrased';
    return { text: sentence.text, status, source };
  });
}
