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
import { STOPWORDS } from './text/stopwords';
import { plainStem, type Token } from './text/tokens';
import type { Change } from './types';

/**
 * The words of a quote as compared: case, punctuation, apostrophes, hyphens, house style and editorial insertions
 * in brackets do not make a quote different; months are folded ("Sept."/"September").
 */
function words(text: string): string[] {
  const plain = normaliseHouseStyle(text)
    .replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .replace(/['’]s\b|['’]/g, '');
  return (plain.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => MONTH_WORDS[word] ?? word);
}

const MONTH_WORDS: Record<string, string> = Object.fromEntries(
  ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
    .flatMap((month) => [[month, month], [month.slice(0, 3), month], [month.slice(0, 4), month]]),
);

/** Equal words, or one long word spelled two ways ("Qaeda"/"Qaida"): a transliteration is not a changed quote. */
function sameWord(a: string, b: string): boolean {
  return a === b || (a.length >= 5 && sameName(a, b) && a[0] === b[0]);
}

function containsRun(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return needle.length === 0;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (!sameWord(haystack[i + j], needle[j])) continue outer;
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

/**
 * The same meaningful words, as stems, numbers and names: an edit that only touches function words, inflection or
 * word order ("declaring war" / "declared war", "it's" / "it is") leaves what the speaker said intact.
 */
function sameContentWords(a: string, b: string): boolean {
  // Stems, not synonyms: a quote that says "catastrophe" where the speaker said "disaster" is altered.
  const keys = (text: string) => new Set(words(text).filter((word) => !STOPWORDS.has(word)).map(plainStem));
  const left = keys(a);
  const right = keys(b);
  return left.size > 0 && left.size === right.size && [...left].every((key) => right.has(key));
}

function quoteChanges(source: Sentence, pageGroup: Sentence[]): Array<{ source: string; page: string | null }> {
  const pageQuotes = pageGroup.flatMap((sentence) => sentence.quotes);
  const pageWords = words(pageGroup.map((sentence) => sentence.text).join(' '));
  const changes: Array<{ source: string; page: string | null }> = [];
  for (const quote of source.quotes) {
    const sourceWords = words(quote);
    if (pageQuotes.some((pageQuote) => faithful(sourceWords, pageQuote))) continue;
    if (containsRun(pageWords, sourceWords)) continue; // the words are all there, only the marks moved
    const overlapping = pageQuotes
      .map((pageQuote) => ({ pageQuote, overlap: wordOverlap(sourceWords, words(pageQuote)) }))
      .filter((candidate) => candidate.overlap >= 0.3)
      .sort((a, b) => b.overlap - a.overlap)[0];
    if (overlapping && sameContentWords(quote, overlapping.pageQuote)) continue;
    if (overlapping) changes.push({ source: quote, page: overlapping.pageQuote });
    else if (carriedIndirectly(quote, source, pageGroup) >= 0.4) changes.push({ source: quote, page: null });
  }
  return changes;
}

interface Slot {
  before?: string;
  after?: string;
}

/** The nearest other tokens on each side (within a few words): what a value is "of", its slot in the sentence. */
function slotOf(token: Token, sentence: Sentence, isValue: (t: Token) => boolean): Slot {
  const index = sentence.tokens.indexOf(token);
  const near = (step: number) => {
    for (let i = index + step; i >= 0 && i < sentence.tokens.length; i += step) {
      const neighbour = sentence.tokens[i];
      if (Math.abs(neighbour.position - token.position) > 3) return undefined;
      if (!isValue(neighbour)) return neighbour.key;
    }
    return undefined;
  };
  return { before: near(-1), after: near(1) };
}

function shown(token: Token): string {
  return token.kind === 'number' && token.next && /^\p{L}/u.test(token.next) ? `${token.raw} ${token.next}` : token.raw;
}

interface ValueRule {
  isValue: (t: Token) => boolean;
  /** Two different keys naming the same thing (a transliteration, an acronym), where that can happen. */
  same?: (a: Token, b: Token, pageGroup: Sentence[]) => boolean;
  /** Two slots are the same place in the sentence. */
  sameSlot: (a: Slot, b: Slot) => boolean;
}

/** Values of one kind present on one side only, paired when they stand in the same slot. */
function valueChanges(source: Sentence, pageGroup: Sentence[], rule: ValueRule): Array<{ source: string; page: string }> {
  const pageValues = pageGroup.flatMap((sentence) => sentence.tokens.filter(rule.isValue).map((token) => ({ token, sentence })));
  const sourceValues = source.tokens.filter(rule.isValue);
  const pageKeys = new Set(pageValues.map((v) => v.token.key));
  const sourceKeys = new Set(sourceValues.map((t) => t.key));
  const same = rule.same;
  const unmatchedPage = pageValues.filter(
    (v) => !sourceKeys.has(v.token.key) && !(same && sourceValues.some((t) => same(t, v.token, pageGroup))),
  );
  const changes: Array<{ source: string; page: string }> = [];
  const used = new Set<Token>();
  for (const token of sourceValues) {
    if (pageKeys.has(token.key) || (same && pageValues.some((v) => same(token, v.token, pageGroup)))) continue;
    const slot = slotOf(token, source, rule.isValue);
    const twin = unmatchedPage.find((v) => !used.has(v.token) && rule.sameSlot(slot, slotOf(v.token, v.sentence, rule.isValue)));
    if (!twin) continue;
    used.add(twin.token);
    changes.push({ source: shown(token), page: shown(twin.token) });
  }
  return changes;
}

/** "IAEA" for "International Atomic Energy Agency" in the same sentences. */
function acronymOf(acronym: string, sentences: Sentence[]): boolean {
  if (!/^[A-Z]{2,6}$/.test(acronym)) return false;
  return sentences.some((sentence) => {
    const initials = sentence.text.match(/\b\p{Lu}/gu)?.join('') ?? '';
    return initials.includes(acronym);
  });
}

/** Spellings of one name: a transliteration, an adjective of a place ("Mexican"/"Mexico"), or an acronym. */
function sameNameToken(a: Token, b: Token, pageGroup: Sentence[]): boolean {
  if (sameName(a.key, b.key)) return true;
  let prefix = 0;
  while (prefix < a.key.length && a.key[prefix] === b.key[prefix]) prefix++;
  if (prefix >= 5 && prefix >= 0.7 * Math.min(a.key.length, b.key.length)) return true;
  return acronymOf(a.raw, pageGroup) || acronymOf(b.raw, pageGroup);
}

const NUMBERS: ValueRule = {
  isValue: (t) => t.kind === 'number',
  // "4,500 troops" / "450 troops": one neighbour in common says they count the same thing.
  sameSlot: (a, b) => (a.after !== undefined && a.after === b.after) || (a.before !== undefined && a.before === b.before),
};

const NAMES: ValueRule = {
  isValue: (t) => t.kind === 'name',
  same: sameNameToken,
  // Names stand in for each other only where both neighbours agree: "Smith told the summit" / "Jones told the summit".
  sameSlot: (a, b) => a.before === b.before && a.after === b.after && (a.before ?? a.after) !== undefined,
};

/** All changes between the source and the page sentences aligned to it. */
export function detectChanges(source: PreparedText, page: PreparedText, alignment: Alignment): Change[] {
  const changes: Change[] = [];
  alignment.bySource.forEach((links, sourceIndex) => {
    if (links.length === 0) return;
    const pageIndices = [...new Set(links.map((l) => l.page))].sort((a, b) => a - b);
    // A sentence the page repeats says nothing new: compare each distinct text once.
    const group = [...new Map(pageIndices.map((i) => [page.sentences[i].text, page.sentences[i]])).values()];
    const sentence = source.sentences[sourceIndex];
    const at = { sourceSentence: sourceIndex, pageSentence: pageIndices[0] };
    for (const change of quoteChanges(sentence, group)) changes.push({ kind: 'quote', ...change, ...at });
    for (const change of valueChanges(sentence, group, NUMBERS)) changes.push({ kind: 'number', ...change, ...at });
    for (const change of valueChanges(sentence, group, NAMES)) changes.push({ kind: 'name', ...change, ...at });
  });
  return changes;
}
