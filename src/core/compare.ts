/** `compare`: two texts in hand (the journalist with the wire copy), no corpus. */
import { analyse } from './analyse';
import { prepare } from './document';
import { paragraphsOf } from './paragraphs';
import type { CompareResult, PageInput } from './types';
import { confidenceOf, coverageOf, reuseOf, verdictOf } from './verdict';

export function compare(source: string, page: string | PageInput): CompareResult {
  const input: PageInput = typeof page === 'string' ? { page: '-', paragraphs: paragraphsOf(page) } : page;
  const preparedPage = prepare(input.paragraphs);
  const analysis = analyse(prepare(paragraphsOf(source)), preparedPage);
  const verdict = verdictOf(analysis.evidence, preparedPage.sentences.length);
  return {
    page: input.page,
    verdict,
    confidence: confidenceOf(analysis.evidence, verdict),
    coverage: coverageOf(analysis.sourceSentences),
    reuse: reuseOf(analysis.pageSentences),
    sourceSentences: analysis.sourceSentences,
    pageSentences: analysis.pageSentences,
    changes: analysis.changes,
  };
}
