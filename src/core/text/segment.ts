/**
 * Abbreviation-safe sentence segmentation: Intl.Segmenter proposes boundaries, and a boundary is undone when the
 * fragment before it ends in an abbreviation that does not end sentences ("Mr.", "Oct.", an initial), or in an
 * ambiguous one ("U.S.", "Inc.") followed by a word that does not start sentences.
 */

const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'cmdr',
  'st', 'mt', 'ft', 'vs', 'v', 'sr', 'jr', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cpl', 'pvt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig',
  'e.g', 'i.e', 'cf', 'al', 'sens', 'reps', 'gens', 'govs', 'brig', 'messrs', 'atty', 'lieut',
]);

const AMBIGUOUS = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'inc', 'corp', 'co', 'ltd', 'plc', 'bros', 'a.m', 'p.m', 'etc', 'jr', 'sr']);

/** Words that start sentences often enough that an ambiguous abbreviation before them ends its sentence. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but',
  'and', 'in', 'on', 'at', 'for', 'its', 'his', 'her', 'their', 'our', 'as', 'if', 'when', 'while', 'after', 'before',
  'however', 'meanwhile', 'also', 'some', 'many', 'most', 'one', 'no', 'what', 'who', 'why', 'how', 'since', 'shares',
]);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A sentence longer than this is cut into pieces, so adversarial text without punctuation stays bounded. */
export const MAX_SENTENCE_CHARS = 1200;

function lastWord(fragment: string): string {
  const match = /([A-Za-z][A-Za-z.]*)\.\s*$/.exec(fragment);
  return match ? match[1].toLowerCase() : '';
}

function firstWord(fragment: string): string {
  const match = /^\s*["'(]*([^\s"'(),.;:]+)/.exec(fragment);
  return match ? match[1] : '';
}

function joinsNext(fragment: string, next: string): boolean {
  // A quoted question or exclamation goes on with its attribution: '"Why now?" she asked.' is one sentence.
  if (/[?!]"\s*$/.test(fragment) && /^[a-z]/.test(firstWord(next))) return true;
  // A Reuters instrument code opens with "<." ("Index <.SPX> lost 6 points"): the point is not a full stop.
  if (/<\.\s*$/.test(fragment)) return true;
  // An ellipsis inside an open quotation marks words left out of it, not the end of the sentence.
  if (/(?:\.\.\.|\u2026)\s*$/.test(fragment) && (fragment.match(/"/g)?.length ?? 0) % 2 === 1) return true;
  const word = lastWord(fragment);
  if (!word) return false;
  const following = firstWord(next);
  if (!following) return true;
  if (/^[a-z0-9]/.test(following)) return true; // a sentence does not start in lower case or with a digit
  if (NEVER_FINAL.has(word) || /^[a-z]$/.test(word)) return true; // "Mr.", "Oct.", initials like "J."
  // "U.S.", "Inc.", and dotted initials ("E.J. Woo", "J.D. Edwards", but "Washington, D.C. The ...").
  // "No." before a numeral is the number sign ("the U.S. No. 2 automaker"), not the word that starts "No one ...".
  if (AMBIGUOUS.has(word) || /^[a-z](?:\.[a-z])+$/.test(word)) return !SENTENCE_STARTERS.has(following.toLowerCase()) || /^\s*No\.\s*\d/.test(next);
  return false;
}

function cutLong(sentence: string): string[] {
  if (sentence.length <= MAX_SENTENCE_CHARS) return [sentence];
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE_CHARS) {
    const window = rest.slice(0, MAX_SENTENCE_CHARS);
    const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' '));
    const at = cut > MAX_SENTENCE_CHARS / 2 ? cut + 1 : MAX_SENTENCE_CHARS;
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at);
  }
  if (rest.trim()) pieces.push(rest.trim());
  return pieces;
}

/** Intl.Segmenter slows down quadratically on very long strings: a long paragraph is segmented window by window. */
const SEGMENT_WINDOW = 20_000;

/** The segmenter's fragments of a paragraph; the last one of each window is segmented again with what follows. */
function fragmentsOf(paragraph: string): string[] {
  const fragments: string[] = [];
  let at = 0;
  while (at < paragraph.length) {
    // Windows end at a space, so a run without sentence breaks is never cut inside a word.
    let end = Math.min(paragraph.length, at + SEGMENT_WINDOW);
    const space = paragraph.lastIndexOf(' ', end);
    if (end < paragraph.length && space > at) end = space + 1;
    const window = Array.from(segmenter.segment(paragraph.slice(at, end)), (s) => s.segment);
    const whole = end >= paragraph.length || window.length === 1;
    for (const fragment of whole ? window : window.slice(0, -1)) {
      fragments.push(fragment);
      at += fragment.length;
    }
  }
  return fragments;
}

/**
 * Printable ASCII with no sentence-ending mark before its final punctuation: the segmenter could only return it
 * whole (in ASCII it breaks after ".", "!" and "?" alone). Wire paragraphs are often one such sentence.
 */
const ONE_SENTENCE = /^[\x20\x22-\x2d\x2f-\x3e\x40-\x7e]*[.!?"')\]\x20]*$/;

/** Sentences of one paragraph, in order. */
export function sentencesOf(paragraph: string): string[] {
  const fragments = paragraph.length <= MAX_SENTENCE_CHARS && ONE_SENTENCE.test(paragraph) ? [paragraph] : fragmentsOf(paragraph);
  const sentences: string[] = [];
  let current = '';
  for (let i = 0; i < fragments.length; i++) {
    current += fragments[i];
    const next = fragments[i + 1];
    if (next !== undefined && joinsNext(current, next)) continue;
    const sentence = current.trim();
    if (sentence) sentences.push(...cutLong(sentence));
    current = '';
  }
  return sentences;
}
