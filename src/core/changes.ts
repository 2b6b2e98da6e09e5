/**
 * Changes that matter inside aligned sentences: a quote whose words differ from the wire's (or that became
 * indirect speech), a number that differs, a name that differs. Identical quotes, shortened quotes (an ellipsis,
 * a quote split over sentences) and transliterated names are not changes; neither is a number or quote the page
 * simply cut.
 */
import type { Alignment } from './align';
import type { PreparedText, Sentence } from './document';
import { sameName } from './similarity';
import { normaliseHouseStyle } from './text/normalise';
import type { Token } from './text/tokens';
import type { Change } from './types';

function words(text: string): string[] {
  return normaliseHouseStyle(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function containsRun(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return needle.length === 0;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The page quote reproduces (part of) the wire quote word for word; "..." marks cuts inside it. */
function faithful(sourceQuote: string[], pageQuote: string): boolean {
  const pieces = pageQuote.split(/\.\.\.|\[\.\.\.\]/).map(words).filter((piece) => piece.length > 0);
  return pieces.length > 0 && pieces.every((piece) => containsRun(sourceQuote, piece));
}

function wordOverlap(a: string[], b: string[]): number {
  const set = new Set(a);
  const shared = b.filter((word) => set.has(word)).length;
  return a.length + b.length > 0 ? (2 * shared) / (a.length + b.length) : 0;
}

/** Share of a quote's content keys the page sentences carry outside quotes: high means indirect speech. */
function carriedIndirectly(quote: string, source: Sentence, pageGroup: Sentence[]): number {
  const quoteWords = new Set(words(quote));
  const keys = new Set(source.tokens.filter((t) => t.inQuote && quoteWords.has(t.raw.toLowerCase())).map((t) => t.key));
  if (keys.size === 0) return 0;
  const outside = new Set(pageGroup.flatMap((s) => s.tokens.filter((t) => !t.inQuote).map((t) => t.key)));
  return [...keys].filter((key) => outside.has(key)).length / keys.size;
}

function quoteChanges(source: Sentence, pageGroup: Sentence[]): Array<{ source: string; page: string | null }> {
  const pageQuotes = pageGroup.flatMap((sentence) => sentence.quotes);
  const changes: Array<{ source: string; page: string | null }> = [];
  for (const quote of source.quotes) {
    const sourceWords = words(quote);
    if (pageQuotes.some((pageQuote) => faithful(sourceWords, pageQuote))) continue;
    const overlapping = pageQuotes
      .map((pageQuote) => ({ pageQuote, overlap: wordOverlap(sourceWords, words(pageQuote)) }))
      .filter((candidate) => candidate.overlap >= 0.3)
      .sort((a, b) => b.overlap - a.overlap)[0];
    if (overlapping) changes.push({ source: quote, page: overlapping.pageQuote });
    else if (carriedIndirectly(quote, source, pageGroup) >= 0.4) changes.push({ source: quote, page: null });
  }
  return changes;
}

/** Keys of the nearest tokens around `token` that are not of the compared kind: what the value is "of". */
function context(token: Token, sentence: Sentence, skip: (t: Token) => boolean): Set<string> {
  const around = new Set<string>();
  const index = sentence.tokens.indexOf(token);
  for (const step of [-1, 1]) {
    for (let i = index + step, taken = 0; i >= 0 && i < sentence.tokens.length && taken < 2; i += step) {
      const neighbour = sentence.tokens[i];
      if (Math.abs(neighbour.position - token.position) > 4) break;
      if (skip(neighbour)) continue;
      around.add(neighbour.key);
      taken++;
    }
  }
  return around;
}

function shown(token: Token): string {
  return token.kind === 'number' && token.next && /^\p{L}/u.test(token.next) ? `${token.raw} ${token.next}` : token.raw;
}

/** Values of one kind present on one side only, paired when they stand in the same context. */
function valueChanges(
  source: Sentence,
  pageGroup: Sentence[],
  isValue: (t: Token) => boolean,
  same: (a: string, b: string) => boolean,
): Array<{ source: string; page: string }> {
  const pageValues = pageGroup.flatMap((sentence) => sentence.tokens.filter(isValue).map((token) => ({ token, sentence })));
  const pageKeys = new Set(pageValues.map((v) => v.token.key));
  const sourceValues = source.tokens.filter(isValue);
  const sourceKeys = new Set(sourceValues.map((t) => t.key));
  const unmatchedPage = pageValues.filter((v) => !sourceKeys.has(v.token.key) && !sourceValues.some((t) => same(t.key, v.token.key)));
  const changes: Array<{ source: string; page: string }> = [];
  const used = new Set<Token>();
  for (const token of sourceValues) {
    if (pageKeys.has(token.key) || pageValues.some((v) => same(token.key, v.token.key))) continue;
    const around = context(token, source, isValue);
    const twin = unmatchedPage.find(
      (v) => !used.has(v.token) && [...context(v.token, v.sentence, isValue)].some((key) => around.has(key)),
    );
    if (!twin) continue;
    used.add(twin.token);
    changes.push({ source: shown(token), page: shown(twin.token) });
  }
  return changes;
}

const isNumber = (t: Token) => t.kind === 'number';
const isName = (t: Token) => t.kind === 'name';
const never = () => false;

/** All changes between the source and the page sentences aligned to it. */
export function detectChanges(source: PreparedText, page: PreparedText, alignment: Alignment): Change[] {
  const changes: Change[] = [];
  alignment.bySource.forEach((links, sourceIndex) => {
    if (links.length === 0) return;
    const pageIndices = [...new Set(links.map((l) => l.page))].sort((a, b) => a - b);
    const group = pageIndices.map((i) => page.sentences[i]);
    const sentence = source.sentences[sourceIndex];
    const at = { sourceSentence: sourceIndex, pageSentence: pageIndices[0] };
    for (const change of quoteChanges(sentence, group)) changes.push({ kind: 'quote', ...change, ...at });
    for (const change of valueChanges(sentence, group, isNumber, never)) changes.push({ kind: 'number', ...change, ...at });
    for (const change of valueChanges(sentence, group, isName, sameName)) changes.push({ kind: 'name', ...change, ...at });
  });
  return changes;
}
