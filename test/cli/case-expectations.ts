/** Checks a trace result against a hard case's expected.json (format in test/fixtures/cases/README.md). */
import type { Change, SourceSentenceResult, SourceStatus, TraceResult } from '../../src/core';

type StatusSpec = SourceStatus | SourceStatus[];

export interface CaseExpectation {
  description?: string;
  page: string;
  verdict?: TraceResult['verdict'];
  source?: string | null;
  additionalSources?: string[];
  sourceStatuses?: StatusSpec[];
  additionalSourceStatuses?: Record<string, StatusSpec[]>;
  changes?: { kind: Change['kind']; source: string; page: string | null }[];
  notFlagged?: string[];
  pageAdded?: string[];
  furniture?: string[];
  pageFromSource?: Record<string, string[]>;
  structure?: { split?: number[]; merged?: number[][]; movedBefore?: [number, number][] };
}

/** Lower case, no punctuation or quote marks, one space between words: `4,500` and `4500` compare equal. */
export const normalise = (text: string) =>
  text.toLowerCase().replace(/(\d)[,.](?=\d{3}\b)/g, '$1').replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();

const contains = (haystack: string | null, needle: string) => haystack !== null && normalise(haystack).includes(normalise(needle));

/** Every way `result` differs from `expected`, one readable line each; empty when it matches. */
export function caseMismatches(expected: CaseExpectation, result: TraceResult): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(message);

  if (expected.verdict !== undefined && result.verdict !== expected.verdict) fail(`verdict ${result.verdict}, expected ${expected.verdict}`);
  if (expected.source !== undefined && (result.source?.id ?? null) !== expected.source) {
    fail(`source ${result.source?.id ?? null}, expected ${expected.source}`);
  }
  if (expected.additionalSources) {
    const ids = result.additionalSources.map((s) => s.id);
    if (JSON.stringify(ids) !== JSON.stringify(expected.additionalSources)) fail(`additionalSources ${JSON.stringify(ids)}, expected ${JSON.stringify(expected.additionalSources)}`);
  }
  if (expected.sourceStatuses) checkStatuses('source', result.sourceSentences, expected.sourceStatuses, fail);
  for (const [id, statuses] of Object.entries(expected.additionalSourceStatuses ?? {})) {
    const extra = result.additionalSources.find((s) => s.id === id);
    if (extra) checkStatuses(id, extra.sourceSentences, statuses, fail);
    else fail(`no additional source ${id}`);
  }
  if (expected.changes) checkChanges(result.changes, expected.changes, fail);
  for (const text of expected.notFlagged ?? []) {
    for (const change of result.changes) if (contains(change.source, text)) fail(`change flagged on "${text}": ${JSON.stringify(change)}`);
  }
  checkPageSentences(expected, result, fail);
  if (expected.structure) checkStructure(expected.structure, result, fail);
  return problems;
}

function checkStatuses(label: string, sentences: SourceSentenceResult[], expected: StatusSpec[], fail: (m: string) => void) {
  if (sentences.length !== expected.length) fail(`${label}: ${sentences.length} wire sentences, expected ${expected.length}`);
  sentences.forEach((sentence, i) => {
    const allowed = [expected[i] ?? []].flat();
    if (!allowed.includes(sentence.status)) fail(`${label} sentence ${i} is ${sentence.status}, expected ${allowed.join('|')}: "${sentence.text}"`);
  });
}

function checkChanges(actual: Change[], expected: NonNullable<CaseExpectation['changes']>, fail: (m: string) => void) {
  const unmatched = [...actual];
  for (const want of expected) {
    const at = unmatched.findIndex(
      (c) => c.kind === want.kind && contains(c.source, want.source) && (want.page === null ? c.page === null : contains(c.page, want.page)),
    );
    if (at < 0) fail(`missing ${want.kind} change "${want.source}" → ${want.page === null ? 'null' : `"${want.page}"`}`);
    else unmatched.splice(at, 1);
  }
  for (const extra of unmatched) fail(`unexpected change ${JSON.stringify(extra)}`);
}

function checkPageSentences(expected: CaseExpectation, result: TraceResult, fail: (m: string) => void) {
  const withText = (text: string) => result.pageSentences.filter((s) => contains(s.text, text));
  for (const text of expected.pageAdded ?? []) {
    const found = withText(text);
    if (found.length === 0) fail(`page sentence "${text}" missing`);
    for (const s of found) if (s.status !== 'added') fail(`page sentence "${text}" is ${s.status}, expected added`);
  }
  for (const text of expected.furniture ?? []) {
    for (const s of withText(text)) if (s.status !== 'added') fail(`furniture "${text}" is ${s.status}, expected added`);
  }
  for (const [id, texts] of Object.entries(expected.pageFromSource ?? {})) {
    for (const text of texts) {
      const found = withText(text);
      if (found.length === 0) fail(`page sentence "${text}" missing`);
      for (const s of found) if (s.sourceId !== id) fail(`page sentence "${text}" has sourceId ${s.sourceId}, expected ${id}`);
    }
  }
}

function checkStructure(structure: NonNullable<CaseExpectation['structure']>, result: TraceResult, fail: (m: string) => void) {
  const pagesOf = (i: number) => result.sourceSentences[i]?.page ?? [];
  for (const i of structure.split ?? []) {
    if (pagesOf(i).length < 2) fail(`wire sentence ${i} should be split over two page sentences, maps to ${JSON.stringify(pagesOf(i))}`);
  }
  for (const group of structure.merged ?? []) {
    const shared = pagesOf(group[0]).filter((p) => group.every((i) => pagesOf(i).includes(p)));
    const backed = shared.filter((p) => group.every((i) => result.pageSentences[p]?.source.includes(i)));
    if (backed.length === 0) fail(`wire sentences ${JSON.stringify(group)} should share one page sentence that points back at all of them`);
  }
  for (const [a, b] of structure.movedBefore ?? []) {
    const first = (i: number) => Math.min(...pagesOf(i));
    if (!(first(a) < first(b))) fail(`wire sentence ${a} should come before wire sentence ${b} on the page`);
  }
}
