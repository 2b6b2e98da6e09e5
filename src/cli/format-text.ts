/** The human-readable report of one trace or comparison: what a reader wants to know first, first. */
import type { Change, CompareResult, SourceRef, TraceResult, Verdict } from '../core';
import { changeDiffs, type DiffPart, type WordDiff } from '../core/word-diff';
import type { Style } from './style';

const percent = (value: number) => `${Math.round(value * 100)}%`;

const verdictText: Record<Verdict, string> = {
  derived: 'derived from a wire story',
  partial: 'partly built from a wire story',
  none: 'no wire source found',
};

export function formatTrace(result: TraceResult, style: Style): string {
  const lines = [style.bold(result.page), `  Verdict:    ${verdictOf(result.verdict, style)}`];
  if (result.source) lines.push(`  Source:     ${sourceLine(result.source)}`, ...sourceDetails(result.source));
  lines.push(...figures(result));
  for (const extra of result.additionalSources) {
    lines.push(`  Also from:  ${sourceLine(extra)} — confidence ${percent(extra.confidence)}, coverage ${percent(extra.coverage)}`);
  }
  if (result.source || result.verdict !== 'none') lines.push(...details(result, style));
  return lines.join('\n');
}

export function formatCompare(result: CompareResult, style: Style): string {
  return [style.bold(result.page), `  Verdict:    ${verdictOf(result.verdict, style)}`, ...figures(result), ...details(result, style)].join('\n');
}

function verdictOf(verdict: Verdict, style: Style): string {
  const paint = verdict === 'derived' ? style.red : verdict === 'partial' ? style.yellow : style.green;
  return `${paint(verdict)} (${verdictText[verdict]})`;
}

function sourceLine(source: SourceRef): string {
  const version = source.version && source.version > 1 ? ` (version ${source.version})` : '';
  return `${source.agency} — ${source.title}${version}`;
}

function sourceDetails(source: SourceRef): string[] {
  const lines = [`              id ${source.id}${source.published ? `, ${source.published}` : ''}`];
  if (source.url) lines.push(`              ${source.url}`);
  return lines;
}

function figures(result: CompareResult): string[] {
  return [
    `  Confidence: ${percent(result.confidence)}`,
    `  Coverage:   ${percent(result.coverage)} of the wire story is on the page`,
    `  Reuse:      ${percent(result.reuse)} of the page comes from the wire story`,
  ];
}

function details(result: CompareResult, style: Style): string[] {
  const cut = result.sourceSentences.flatMap((s, i) => (s.status === 'cut' ? [`    [${i}] ${s.text}`] : []));
  const added = result.pageSentences.flatMap((s, i) => (s.status === 'added' ? [`    [${i}] ${s.text}`] : []));
  return [
    ...section(`Cut from the wire story (${cut.length}, in wire order)`, cut, style),
    ...section(`Changed (${result.changes.length}, wire → page)`, changeDiffs(result.changes).map((diff, i) => changeLine(result.changes[i], diff, style)), style),
    ...section(`Added on the page (${added.length})`, added, style),
  ];
}

function section(title: string, lines: string[], style: Style): string[] {
  return lines.length === 0 ? [] : ['', `  ${style.bold(title)}`, ...lines];
}

/** The words that differ between wire and page in bold (on a terminal; plain text stays as printed). */
function changeLine(change: Change, diff: WordDiff | null, style: Style): string {
  const shown = (text: string) => (change.kind === 'quote' ? `“${text}”` : text);
  const painted = (parts: DiffPart[]) => parts.map((part) => (part.changed ? style.bold(part.text) : part.text)).join('');
  const source = diff ? painted(diff.source) : change.source;
  const page = diff ? style.yellow(shown(painted(diff.page))) : style.dim('(no longer quoted on the page)');
  return `    ${change.kind.padEnd(6)} ${shown(source)} → ${page}  ${style.dim(`[wire ${change.sourceSentence}, page ${change.pageSentence}]`)}`;
}
