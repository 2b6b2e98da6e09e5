/** One source against one page, from prepared texts to the full sentence-level comparison. */
import { align, type Alignment } from './align';
import { classifyPage, classifySource } from './classify';
import { detectChanges } from './changes';
import type { PreparedText } from './document';
import type { Change, PageSentenceResult, SourceSentenceResult } from './types';
import { evidenceOf, type Evidence } from './verdict';

export interface Analysis {
  alignment: Alignment;
  sourceSentences: SourceSentenceResult[];
  pageSentences: PageSentenceResult[];
  changes: Change[];
  evidence: Evidence;
}

export function analyse(source: PreparedText, page: PreparedText, alignment = align(source, page)): Analysis {
  const changes = detectChanges(source, page, alignment);
  const sourceSentences = classifySource(source, alignment);
  const pageSentences = classifyPage(page, alignment);
  // A sentence whose quote, number or name changed was not kept word for word, whatever the overlap says.
  for (const change of changes) {
    if (sourceSentences[change.sourceSentence].status === 'kept') sourceSentences[change.sourceSentence].status = 'paraphrased';
    if (pageSentences[change.pageSentence].status === 'copied') pageSentences[change.pageSentence].status = 'paraphrased';
  }
  return { alignment, sourceSentences, pageSentences, changes, evidence: evidenceOf(alignment) };
}
