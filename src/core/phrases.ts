/**
 * Word pairs: what is left of a text's phrasing once its words are known. Retrieval ranks stories by the rare
 * words they share with the page, which a story that mentions the same people, places and figures in sentences
 * of its own does as well as the story the page was copied from. Adjacent word pairs tell the two apart for a
 * fraction of what preparing and aligning a story costs: copied and lightly reworded sentences keep many of
 * them, a text that only shares the vocabulary keeps few.
 *
 * The scan is one pass over the characters with no string made per word: it runs on every leading candidate of
 * every trace. Words are runs of ASCII letters and digits and of characters from U+00C0 up outside the
 * punctuation blocks; both sides of a comparison are read the same way, which is what matters here.
 */
import { hash32 } from './hash';
import { STOPWORDS } from './text/stopwords';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** FNV-1a of each function word, as the scan hashes words (lower-cased); pairs of two of them are left out. */
const FUNCTION_WORDS = new Set([...STOPWORDS].map(hash32));

function isWordChar(code: number): boolean {
  if (code < 0xc0) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0x3000 && code <= 0x303f);
}

/** Lower case for ASCII and Latin-1 capitals; other scripts are read as written. */
function lower(code: number): number {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 32 : code;
}

/** Calls `visit` with the hash of each adjacent word pair of `text`. */
function scanPairs(text: string, visit: (pair: number) => void): void {
  let previous = 0;
  let previousIsFunction = true;
  let havePrevious = false;
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (isWordChar(code)) {
      hash = Math.imul(hash ^ lower(code), FNV_PRIME);
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    const word = hash >>> 0;
    const isFunction = FUNCTION_WORDS.has(word);
    if (havePrevious && !(previousIsFunction && isFunction)) visit((Math.imul(previous, 0x9e3779b1) ^ word) >>> 0);
    previous = word;
    previousIsFunction = isFunction;
    havePrevious = true;
    hash = FNV_OFFSET;
    inWord = false;
  }
}

/** The texts' adjacent word pairs (pairs of two function words left out), hashed; pairs never run across texts. */
export function wordPairs(texts: readonly string[]): Set<number> {
  const pairs = new Set<number>();
  for (const text of texts) scanPairs(text, (pair) => pairs.add(pair));
  return pairs;
}

/** Share of `pairs` that `text` has too. */
export function pairShare(pairs: ReadonlySet<number>, text: string): number {
  if (pairs.size === 0) return 0;
  const found = new Set<number>();
  scanPairs(text, (pair) => {
    if (pairs.has(pair)) found.add(pair);
  });
  return found.size / pairs.size;
}
