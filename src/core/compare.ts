// STUB — being implemented; the signatures are the contract.
import type { CompareResult, PageInput } from './types';
import { paragraphsOf } from './paragraphs';

export function compare(source: string, page: string | PageInput): CompareResult {
  const p = typeof page === 'string' ? { page: '-', paragraphs: paragraphsOf(page) } : page;
  return {
    page: p.page, verdict: 'none', confidence: 0, coverage: 0, reuse: 0,
    sourceSentences: paragraphsOf(source).map((text) => ({ text, status: 'cut', page: [] })),
    pageSentences: p.paragraphs.map((text) => ({ text, status: 'added', source: [] })), changes: [],
  };
}
