/** Evidence a journalist can keep: the full result as JSON, and a plain-text report to paste into notes. */
import type { TraceResult } from '../core/types';
import { changeDiffs, type DiffPart } from '../core/word-diff';
import type { TabState } from '../messages';
import { formatCount, formatDate, formatShare } from '../ui/format';
import { t } from '../ui/i18n';
import { addedSentences, cutSentences, verdictKeys } from './result-parts';

export interface Evidence {
  tool: 'wiretrace';
  exportedAt: string;
  url?: string;
  page?: TabState['page'];
  corpusCount: number;
  result: TraceResult;
}

export function evidenceOf(tab: TabState, result: TraceResult, now: Date): Evidence {
  return { tool: 'wiretrace', exportedAt: now.toISOString(), url: tab.url, page: tab.page, corpusCount: tab.corpusCount, result };
}

export function evidenceFileName(tab: TabState, now: Date): string {
  let host = 'page';
  try {
    if (tab.url) host = new URL(tab.url).hostname;
  } catch {
    // Keep the generic name: the URL is only decoration here.
  }
  return `wiretrace-${host.replace(/[^a-z0-9.-]/gi, '_')}-${now.toISOString().slice(0, 19).replace(/:/g, '')}.json`;
}

/** The words one side of a change has and the other lacks, marked like a diff: −“should” +“could”. */
function changedWords(parts: DiffPart[], sign: string): string[] {
  return parts.filter((part) => part.changed).map((part) => `${sign}“${part.text}”`);
}

export function plainTextReport(tab: TabState, result: TraceResult, now: Date): string {
  const lines = [t('reportTitle'), ''];
  if (tab.page?.title) lines.push(`${t('reportPage')}: ${tab.page.title}`);
  if (tab.url) lines.push(`${t('reportUrl')}: ${tab.url}`);
  lines.push(`${t('reportDate')}: ${now.toISOString()}`);
  lines.push(`${t('reportVerdict')}: ${t(verdictKeys[result.verdict])}`);
  if (result.source) {
    const s = result.source;
    lines.push(`${t('reportSource')}: ${s.agency} — ${s.title}${s.published ? ` (${formatDate(s.published)})` : ''}`);
    if (s.url) lines.push(`  ${s.url}`);
    lines.push(
      `${t('confidenceLabel')}: ${formatShare(result.confidence)} · ${t('reuseLabel')}: ${formatShare(result.reuse)} · ${t('coverageLabel')}: ${formatShare(result.coverage)}`,
    );
    const cut = cutSentences(result);
    lines.push('', t('cutHeading', cut.length), ...cut.map((s) => `  [${s.index + 1}] ${s.text}`));
    lines.push('', t('changesHeading', result.changes.length));
    const diffs = changeDiffs(result.changes);
    result.changes.forEach((c, i) => {
      lines.push(`  ${c.kind}: ${t('changeWireColumn')} “${c.source}” → ${t('changePageColumn')} ${c.page === null ? t('changeDropped') : `“${c.page}”`}`);
      // A change past the diff's bounds comes back unmarked: no line rather than an empty one.
      const words = diffs[i] ? [...changedWords(diffs[i].source, '−'), ...changedWords(diffs[i].page, '+')] : [];
      if (words.length > 0) lines.push(`    ${t('reportWordsChanged')}: ${words.join(' ')}`);
    });
    const added = addedSentences(result);
    lines.push('', t('addedHeading', added.length), ...added.map((text) => `  - ${text}`));
  }
  if (result.additionalSources.length > 0) {
    lines.push('', t('additionalHeading', result.additionalSources.length));
    for (const s of result.additionalSources) lines.push(`  - ${s.agency} — ${s.title} (${t('additionalShares', formatShare(s.reuse), formatShare(s.confidence))})`);
  }
  if (result.alternatives.length > 0) {
    lines.push('', t('alternativesHeading', result.alternatives.length));
    for (const a of result.alternatives) lines.push(`  - ${a.agency} — ${a.title}`);
  }
  lines.push('', t('footerCorpus', formatCount(tab.corpusCount)));
  return lines.join('\n') + '\n';
}
