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
  return {
    alignment,
    sourceSentences: classifySource(source, alignment),
    pageSentences: classifyPage(page, alignment),
    changes: detectChanges(source, page, alignment),
    evidence: evidenceOf(alignment),
  };
}
