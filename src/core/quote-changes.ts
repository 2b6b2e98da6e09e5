/**
 * Quotes that changed between a wire sentence and the page sentences aligned to it: a quote whose words differ
 * from the wire's, or that became indirect speech in other words. Identical quotes, shortened quotes (an ellipsis,
 * or part of the quote), words under an ellipsis or in square brackets on either side (see quote-marks.ts), quotes
 * split by their attribution, quotes whose marks were dropped with the words kept, and edits of spelling or of
 * grammatical glue only (articles, auxiliaries, prepositions, "that": QUOTE_GLUE) are not changes.
 */
import type { Sentence } from './document';
import { keptAroundMarks } from './quote-marks';
import { rememberRecent } from './recent';
import { sameName } from './similarity';
import { closeCompounds, closePartCompounds, QUOTE_GLUE, quoteParts, quoteWords } from './text/quote-words';
import { plainStem } from './text/tokens';

export interface QuoteChange {
  source: string;
  page: string | null;
}

/** Stems of quote words, remembered: the comparisons below ask for the same few words many times. */
const stemOf = rememberRecent(5_000, (word: string) => word, plainStem);

/**
 * Equal words, the same word inflected ("views"/"view", as in a whole quote: sameContentWords), or one long word
 * spelled two ways ("Qaeda"/"Qaida"): neither is a changed quote.
 */
function sameWord(a: string, b: string): boolean {
  return a === b || (a[0] === b[0] && (stemOf(a) === stemOf(b) || (a.length >= 5 && sameName(a, b))));
}

function containsRun(haystackWords: string[], needleWords: string[]): boolean {
  const [haystack, needle] = closeCompounds(haystackWords, needleWords);
  if (needle.length === 0 || needle.length > haystack.length) return needle.length === 0;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (!sameWord(haystack[i + j], needle[j])) continue outer;
    return true;
  }
  return false;
}

/** A word of what the speaker said, as opposed to grammatical glue. */
const isContent = (word: string) => !QUOTE_GLUE.has(word);

/**
 * `piece` is part of `quote` with only glue edited: its content words are a run of the quote's, and its
 * leading and trailing glue words do not stand where the quote has a content word ("I still want" is not part
 * of "I don't want").
 */
function containsContentRun(quoteWords: string[], pieceWords: string[]): boolean {
  const [quote, piece] = closeCompounds(quoteWords, pieceWords);
  const content = piece.filter(isContent);
  if (content.length === 0) return false;
  const lead = piece.findIndex(isContent);
  const trail = piece.length - 1 - piece.findLastIndex(isContent);
  const at = quote.flatMap((word, i) => (isContent(word) ? [i] : []));
  outer: for (let s = 0; s + content.length <= at.length; s++) {
    for (let j = 0; j < content.length; j++) if (!sameWord(quote[at[s + j]], content[j])) continue outer;
    const first = at[s];
    const last = at[s + content.length - 1];
    const before = s > 0 ? at[s - 1] : -Infinity;
    const after = s + content.length < at.length ? at[s + content.length] : Infinity;
    if (first - before > lead && after - last > trail) return true;
  }
  return false;
}

/** A quote as compared: its words, and its words between editorial marks (see quoteParts). */
interface MarkedQuote {
  text: string;
  words: string[];
  parts: string[][];
}

function markedQuote(text: string): MarkedQuote {
  return { text, words: quoteWords(text), parts: quoteParts(text) };
}

/**
 * The page quote reproduces (part of) the wire quote word for word, or with only glue edited as a whole
 * quote may be (see sameContentWords); its editorial marks cut it into pieces that are each such a part.
 */
function faithful(sourceQuote: string[], page: MarkedQuote): boolean {
  const pieces = page.parts.filter((part) => part.length > 0);
  const kept = (piece: string[]) => containsRun(sourceQuote, piece) || containsContentRun(sourceQuote, piece);
  return pieces.length > 0 && pieces.every(kept);
}

/** Either quote has editorial marks, and the words outside them match in order (see keptAroundMarks). */
function keptAcrossMarks(source: MarkedQuote, page: MarkedQuote): boolean {
  if (source.parts.length === 1 && page.parts.length === 1) return false;
  return keptAroundMarks(...closePartCompounds(source.parts, page.parts), sameWord);
}

function wordOverlap(a: string[], b: string[]): number {
  const set = new Set(a);
  const shared = b.filter((word) => set.has(word)).length;
  return a.length + b.length > 0 ? (2 * shared) / (a.length + b.length) : 0;
}

/**
 * The same meaningful words, as stems, numbers and names: an edit that only touches glue, inflection or
 * word order ("declaring war" / "declared war", "it's" / "it is") leaves what the speaker said intact.
 */
function sameContentWords(a: string[], b: string[]): boolean {
  // Stems, not synonyms: a quote that says "catastrophe" where the speaker said "disaster" is altered.
  // Counted, not only present: "press their struggle ... their demands" lost a word when one "their" goes.
  const counts = (words: string[]) => {
    const counted = new Map<string, number>();
    for (const word of words) {
      if (!isContent(word)) continue;
      const stem = stemOf(word);
      counted.set(stem, (counted.get(stem) ?? 0) + 1);
    }
    return counted;
  };
  const [left, right] = closeCompounds(a, b).map(counts);
  return left.size > 0 && left.size === right.size && [...left].every(([key, n]) => right.get(key) === n);
}

/** Share of a quote's content keys the page sentences carry outside quotes: high means indirect speech. */
function carriedIndirectly(quote: string, source: Sentence, pageGroup: Sentence[]): number {
  const quoteWordSet = new Set(quoteWords(quote));
  const quoted = source.tokens.filter((t) => t.inQuote && quoteWordSet.has(t.raw.toLowerCase()));
  const keys = new Set(quoted.map((t) => t.key));
  if (keys.size === 0) return 0;
  const outside = new Set(pageGroup.flatMap((s) => s.tokens.filter((t) => !t.inQuote).map((t) => t.key)));
  return [...keys].filter((key) => outside.has(key)).length / keys.size;
}

interface PageQuotes {
  /** The page's quotes, and all of them run together when there are several (a quote split by its attribution). */
  candidates: MarkedQuote[];
  /** Every word of the page sentences, quoted or not. */
  words: string[];
}

/** The page quote sharing most words with `quote` (at least 30%), if any. */
function closest(quote: string[], page: PageQuotes): MarkedQuote | undefined {
  return page.candidates
    .map((candidate) => ({ candidate, overlap: wordOverlap(quote, candidate.words) }))
    .filter((c) => c.overlap >= 0.3)
    .sort((a, b) => b.overlap - a.overlap)[0]?.candidate;
}

/**
 * The page keeps what the wire quote says: reproduced or shortened, cut or filled in across editorial marks, quote
 * marks moved, or only spelling differs.
 */
function intact(quote: MarkedQuote, page: PageQuotes): boolean {
  const words = quote.words;
  if (page.candidates.some((candidate) => faithful(words, candidate) || keptAcrossMarks(quote, candidate))) return true;
  if (containsRun(page.words, words)) return true; // the words are all there, only the quote marks moved
  const match = closest(words, page);
  return match !== undefined && sameContentWords(words, match.words);
}

export function quoteChanges(source: Sentence, pageGroup: Sentence[]): QuoteChange[] {
  if (source.quotes.length === 0) return [];
  const quotes = pageGroup.flatMap((sentence) => sentence.quotes);
  const page: PageQuotes = {
    candidates: (quotes.length > 1 ? [...quotes, quotes.join(' ')] : quotes).map(markedQuote),
    words: quoteWords(pageGroup.map((sentence) => sentence.text).join(' ')),
  };
  // A quote split by its attribution ("Instead of ...," Graham said, "this ...") is one quote: whole, it may be intact.
  if (source.quotes.length > 1 && intact(markedQuote(source.quotes.join(' ')), page)) return [];
  const changes: QuoteChange[] = [];
  for (const quote of source.quotes) {
    const marked = markedQuote(quote);
    if (intact(marked, page)) continue;
    const match = closest(marked.words, page);
    if (match !== undefined) changes.push({ source: quote, page: match.text });
    else if (carriedIndirectly(quote, source, pageGroup) >= 0.4) changes.push({ source: quote, page: null });
  }
  return changes;
}
