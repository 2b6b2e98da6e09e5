/**
 * Tokens of a sentence, as evidence: content-word stems folded through synonyms, numbers with their scale,
 * and names. Function words are dropped. Each token remembers whether it stood inside a quotation.
 */
import { stemmer } from 'stemmer';
import { rememberRecent } from '../recent';
import { STOPWORDS } from './stopwords';
import { buildSynonymTable } from './synonyms';
import { quoteSpans } from './quotes';

export type TokenKind = 'word' | 'number' | 'name';

export interface Token {
  /** Comparison key: canonical stem, "#<value>" for numbers, "month:<n>" for months. */
  key: string;
  kind: TokenKind;
  /** The surface form as printed, for showing changes. */
  raw: string;
  /** Position among all word tokens of the sentence, function words included (for context and order). */
  position: number;
  inQuote: boolean;
  /** The word after this one in the sentence, for showing a number with its unit ("4500 troops"). */
  next?: string;
  /** Numbers: the currency sign before ("$", "C$", "£"), else the word after the number and its scale ("km"). */
  unit?: string;
}

/** Word tables as maps: a plain object would answer for "constructor" and "toString" too. */
function table(entries: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(entries));
}

const MONTHS = table({
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
});
const SCALES = table({
  thousand: 1e3, million: 1e6, mln: 1e6, mn: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, trillion: 1e12, trln: 1e12,
});
const NUMBER_WORDS = table({
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
});
/** Units after a hyphenated tens word ("thirty-two"); "one" counts only there, elsewhere it is a pronoun. */
const UNIT_WORDS = table({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 });
const PERCENT = new Set(['pct', 'percent', '%', 'percentage']);
/**
 * Dotted abbreviations ("U.S."), fractions ("2 1/2", "1-10/32", "3/4"; NFKC writes "½" as "1⁄2"), numbers with
 * thousands separators ("4,500"), decades ("1990s", "90s"), clock times ("10:30"), numbers with a decimal comma
 * ("4,5", as a copy translated from a European language prints them) or a bare decimal point (".85"), words, and "%".
 */
const WORDS = new RegExp(
  [
    String.raw`(?:\p{Lu}\.){2,}`,
    String.raw`(?:\d+[ -])?\d{1,2}[/⁄](?:[2348]|16|32|64)(?!\d)`,
    String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?%?`,
    String.raw`(?:(?:19|20)\d|(?<![\p{L}\p{N}.,])[1-9])0s(?![\p{L}\p{N}])`,
    String.raw`(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])`,
    String.raw`\d+,\d{1,2}(?![\d,])%?`,
    String.raw`\d+(?:\.\d+)?%?`,
    String.raw`(?<![\p{L}\p{N}.])\.\d+%?`,
    String.raw`[\p{L}\p{M}]+(?:['’][\p{L}]+)*`,
    '%',
  ].join('|'),
  'gu',
);
const FRACTION = /^(?:(\d+)[ -])?(\d+)[/⁄](\d+)$/;
/** Currency signs, with the letters that say whose dollar ("C$", "US$"). */
const SIGN = /(?:[A-Z]{1,2}\$|[$£€¥])$/;

const DECIMAL_COMMA = /^\d+,\d{1,2}%?$/;
const TIME_FIGURE = /^(?:\d{4}s|[1-9]0s|\d{1,2}:\d\d)$/;

/**
 * A decade ("1990s", "the 90s", "in his 90s") or a clock time ("10:30"): a time or a span, not an amount. Keyed as
 * written ("the 1990s" is not 1990), and it says by itself what it is.
 */
export function isTimeFigure(raw: string): boolean {
  return TIME_FIGURE.test(raw);
}

/** A scale written onto an amount of money: "$16.5m", "£300k" ("16.5m" alone is more often metres). */
const ATTACHED_SCALES = new Map([
  ['m', 'million'],
  ['k', 'thousand'],
]);

/** The value of a number as written: "4,500", "4,5", ".85", "2 1/2". */
function valueOf(raw: string): string {
  const fraction = FRACTION.exec(raw);
  if (fraction) return String(Number(fraction[1] ?? 0) + Number(fraction[2]) / Number(fraction[3]));
  const digits = raw.replace(/%$/, '');
  return DECIMAL_COMMA.test(raw) ? digits.replace(',', '.') : digits.replace(/,/g, '');
}

/** British and American spellings meet: "criticising"/"criticizing", "labour"/"labor", "centre"/"center". */
function americanise(word: string): string {
  if (word.length < 6) return word;
  return word
    .replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1')
    .replace(/our(s|ed|ing)?$/, 'or$1')
    .replace(/tre(s)?$/, 'ter$1')
    .replace(/ll(ed|ing)$/, 'l$1');
}

const synonyms = buildSynonymTable((word) => stemmer(americanise(word)));

/** A lower-case word's stem with spelling folded but no synonyms: for comparing a speaker's own words. */
export function plainStem(lower: string): string {
  return stemmer(americanise(lower));
}

/** What the tokenizer needs to know about a lower-case word, looked up once per distinct word (one Map probe). */
interface WordFacts {
  /** Canonical key: stemmed, spelling-folded, synonym-folded. */
  key: string;
  stop: boolean;
  percent: boolean;
  scale: boolean;
  month?: number;
  spelled?: number;
  negation: boolean;
}

/**
 * News vocabulary repeats, so facts are remembered; in two bounded generations, so that hostile text with endless
 * distinct words cannot grow the memory and the frequent words stay in a small, fast table.
 */
const factsOfWord = rememberRecent(20_000, (lower: string) => lower, (lower): WordFacts => {
  const stem = plainStem(lower);
  return {
    key: synonyms.get(stem) ?? stem,
    stop: STOPWORDS.has(lower),
    percent: PERCENT.has(lower),
    scale: SCALES.has(lower),
    month: MONTHS.get(lower),
    spelled: NUMBER_WORDS.get(lower),
    negation: lower.endsWith("n't") || lower === 'no' || lower === 'nor' || lower === 'never',
  };
});

/** Canonical key of a lower-case word: stemmed, spelling-folded, synonym-folded. */
export function wordKey(lower: string): string {
  return factsOfWord(lower).key;
}

function numberKey(digits: string, next: string | undefined): string {
  const value = Number.parseFloat(digits);
  const scale = next ? SCALES.get(next) : undefined;
  // Twelve characters hold at most twelve significant digits, which toPrecision(12) gives back unchanged.
  if (!scale && digits.length <= 12 && Number.isFinite(value)) return `#${value}`;
  const scaled = scale ? value * scale : value;
  return `#${Number.isFinite(scaled) ? Number(scaled.toPrecision(12)) : digits}`;
}

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}

function isDigit(word: string | undefined): boolean {
  const code = word === undefined ? 0 : word.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** Acronyms and dotted abbreviations ("US", "U.S.", "IAEA"); ASCII is checked by hand, as most words are ASCII. */
function isAcronym(raw: string): boolean {
  if (raw.length < 2 || raw.length > 12) return false;
  let upper = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code !== 46) return code >= 128 && /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(raw);
  }
  return upper === raw.length ? upper <= 6 : /^(?:[A-Z]\.){2,}$/.test(raw);
}

/** A lower-cased word with its possessive "'s" dropped. */
function withoutPossessive(lower: string): string {
  const end = lower.length - 2;
  return end >= 0 && lower.charCodeAt(end + 1) === 115 && (lower[end] === "'" || lower[end] === '’') ? lower.slice(0, end) : lower;
}

/** A numeral as WORDS reads one: it starts with a digit, or with the point of a bare decimal (".85"). */
function isNumeral(word: string | undefined): boolean {
  return isDigit(word) || (word !== undefined && word.length > 1 && word[0] === '.');
}

/** The words of a sentence as the tokenizer reads them, function words included: `Token.position` indexes these. */
export function surfaceWords(sentence: string): string[] {
  return sentence.match(WORDS) ?? [];
}

/** The first `limit` words: `match` returns strings, which cost far less to make than `matchAll`'s match objects. */
function wordsOf(sentence: string, limit: number): string[] {
  const words = surfaceWords(sentence);
  if (words.length > limit) words.length = limit;
  return words;
}

/**
 * Where each word starts. Between two matches there is no letter, digit or "%" (each would start a match), and every
 * word starts with one of these (or ".5"'s point, before a digit): so a word's first occurrence after the previous
 * word's end is where it matched.
 */
function startsOf(sentence: string, words: string[]): number[] {
  const starts = new Array<number>(words.length);
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    starts[i] = sentence.indexOf(words[i], from);
    from = starts[i] + words[i].length;
  }
  return starts;
}

/** The word after the number at `i`, past its scale word ("4.6 billion km"). */
function unitAfter(words: string[], i: number): string | undefined {
  const next = words[i + 1];
  return next !== undefined && SCALES.has(next.toLowerCase()) ? words[i + 2] : next;
}

/** Tokens of one sentence. Bounded: at most `limit` tokens are produced. */
export function tokenize(sentence: string, limit = 400): Token[] {
  const quotes = quoteSpans(sentence);
  const words = wordsOf(sentence, limit);
  const starts = startsOf(sentence, words);
  const lowers = words.map((word) => word.toLowerCase());
  const tokens: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const raw = words[i];
    const at = starts[i];
    const lower = withoutPossessive(lowers[i]);
    const inQuote = quotes.length > 0 && quotes.some(([start, end]) => at >= start && at < end);
    const next = lowers[i + 1];
    if (isNumeral(raw)) {
      const sign = SIGN.exec(sentence.slice(Math.max(0, at - 3), at))?.[0];
      const unit = sign ?? (raw.endsWith('%') ? '%' : unitAfter(words, i));
      const attached =
        sign !== undefined && starts[i + 1] === at + raw.length ? ATTACHED_SCALES.get(next ?? '') : undefined;
      const key = isTimeFigure(raw) ? `#${raw}` : numberKey(valueOf(raw), attached ?? next);
      tokens.push({ key, kind: 'number', raw, position: i, inQuote, unit });
      if (raw.endsWith('%')) tokens.push({ key: 'percent', kind: 'word', raw: '%', position: i, inQuote });
      continue;
    }
    const facts = factsOfWord(lower);
    // "per cent" is two words: "per" is a stopword, "cent" after it is the percent sign.
    if (facts.percent || (lower === 'cent' && lowers[i - 1] === 'per')) {
      tokens.push({ key: 'percent', kind: 'word', raw, position: i, inQuote });
      continue;
    }
    if (facts.scale && isNumeral(words[i - 1])) continue; // folded into the number
    const month = facts.month;
    if (month !== undefined && isCapitalised(raw) && (lower !== 'may' || isDigit(next) || isDigit(words[i - 1]))) {
      tokens.push({ key: `month:${month}`, kind: 'number', raw, position: i, inQuote });
      continue;
    }
    // Acronyms and dotted abbreviations name things ("US", "U.S.", "IAEA"), even when they spell a function word.
    if (isCapitalised(raw) && isAcronym(raw)) {
      tokens.push({ key: raw.replace(/\./g, '').toLowerCase(), kind: 'name', raw, position: i, inQuote });
      continue;
    }
    const spelled = facts.spelled;
    if (spelled !== undefined) {
      // "Thirty-two" is one number, shown whole and placed at its last word.
      const compound = spelled >= 20 && spelled % 10 === 0 && sentence[at + raw.length] === '-';
      const units = compound ? UNIT_WORDS.get(next ?? '') : undefined;
      if (units !== undefined) i++;
      const key = numberKey(String(spelled + (units ?? 0)), lowers[i + 1]);
      const shown = units === undefined ? raw : `${raw}-${words[i]}`;
      tokens.push({ key, kind: 'number', raw: shown, position: i, inQuote, unit: unitAfter(words, i) });
      continue;
    }
    if (facts.negation) {
      tokens.push({ key: 'not', kind: 'word', raw, position: i, inQuote }); // negation is evidence: it flips meaning
      continue;
    }
    if (facts.stop || lower.length < 2) continue;
    // A capitalised word opening the sentence is a name only when the next word is capitalised too ("Vladimir Putin").
    const name = isCapitalised(raw) && (i > 0 || isCapitalised(words[i + 1] ?? ''));
    tokens.push({ key: facts.key, kind: name ? 'name' : 'word', raw, position: i, inQuote });
  }
  for (const token of tokens) token.next = words[token.position + 1];
  return tokens;
}
