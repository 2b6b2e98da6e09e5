/** The slices of a trace result the popup and the text report both list. */
import type { TraceResult, Verdict } from '../core/types';
import type { MessageKey } from '../ui/i18n';

export const verdictKeys: Record<Verdict, MessageKey> = {
  derived: 'verdictDerived',
  partial: 'verdictPartial',
  none: 'verdictNone',
};

/** Wire sentences the page left out, in wire order, with their 0-based position in the wire story. */
export function cutSentences(result: TraceResult): Array<{ text: string; index: number }> {
  return result.sourceSentences.flatMap((s, index) => (s.status === 'cut' ? [{ text: s.text, index }] : []));
}

/** Page sentences from no wire story at all (those credited to an additional source are not the page's own). */
export function addedSentences(result: TraceResult): string[] {
  return result.pageSentences.filter((s) => s.status === 'added' && !s.sourceId).map((s) => s.text);
}
