/**
 * A sentence's surface: its words, function words included (word choice and phrasing are paraphrase evidence, and a
 * copy keeps them; house style such as "U.S."/"US" or "4,500"/"4500" does not make words differ), their n-grams and
 * the character trigrams of its content words. Words and n-grams are kept as 32-bit hashes in sorted arrays: a
 * sentence meets dozens of others in a trace, and comparing numbers costs far less than building and probing sets
 * of strings. A collision (about one in four billion per pair of n-grams) only nudges a feature.
 */
import type { Sentence } from './document';
import { hash32 } from './hash';
import { normaliseHouseStyle } from './text/normalise';

export interface Surface {
  /** Hash of each word, in order. */
  words: Int32Array;
  /** Distinct hashes, sorted: of the words, word bigrams, word trigrams and content-word character trigrams. */
  wordSet: Int32Array;
  bigrams: Int32Array;
  trigrams: Int32Array;
  charTrigrams: Int32Array;
}

/** At most this many words of a sentence are compared (bounded work on hostile input). */
const MAX_WORDS = 300;

function combine(left: number, right: number): number {
  return Math.imul(left ^ (right + 0x9e3779b9 + (left << 6) + (left >>> 2)), 0x01000193);
}

function distinctSorted(values: Int32Array): Int32Array {
  if (values.length === 0) return values;
  values.sort();
  let kept = 1;
  for (let i = 1; i < values.length; i++) if (values[i] !== values[kept - 1]) values[kept++] = values[i];
  return values.subarray(0, kept);
}

function ngrams(words: Int32Array, n: 2 | 3): Int32Array {
  const grams = new Int32Array(Math.max(0, words.length - n + 1));
  for (let i = 0; i < grams.length; i++) grams[i] = n === 2 ? combine(words[i], words[i + 1]) : combine(combine(words[i], words[i + 1]), words[i + 2]);
  return distinctSorted(grams);
}

/** Character trigrams of the content words (" word " padded): spelling variants and inflections still meet. */
function charTrigrams(sentence: Sentence): Int32Array {
  let count = 0;
  for (const token of sentence.tokens) count += token.raw.length;
  const grams = new Int32Array(count);
  let at = 0;
  for (const token of sentence.tokens) {
    const word = ` ${token.raw.toLowerCase()} `;
    for (let i = 0; i + 3 <= word.length; i++) {
      grams[at++] = Math.imul(Math.imul(word.charCodeAt(i), 0x10001) ^ word.charCodeAt(i + 1), 0x01000193) ^ word.charCodeAt(i + 2);
    }
  }
  return distinctSorted(grams.subarray(0, at));
}

const surfaces = new WeakMap<Sentence, Surface>();

export function surfaceOf(sentence: Sentence): Surface {
  let surface = surfaces.get(sentence);
  if (!surface) {
    const text =
      sentence.tokens.length === 0
        ? []
        : (normaliseHouseStyle(sentence.text).toLowerCase().replace(/['’]/g, '').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
    const words = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) words[i] = hash32(text[i]);
    surface = {
      words,
      wordSet: distinctSorted(words.slice()),
      bigrams: ngrams(words, 2),
      trigrams: ngrams(words, 3),
      charTrigrams: charTrigrams(sentence),
    };
    surfaces.set(sentence, surface);
  }
  return surface;
}

/** Dice coefficient of two sets held as distinct sorted arrays. */
export function sortedDice(left: Int32Array, right: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < left.length && j < right.length; ) {
    if (left[i] === right[j]) {
      shared++;
      i++;
      j++;
    } else if (left[i] < right[j]) i++;
    else j++;
  }
  return left.length + right.length > 0 ? (2 * shared) / (left.length + right.length) : 0;
}

/** Length of the longest common subsequence of two word sequences. */
export function longestCommonSubsequence(a: Int32Array, b: Int32Array): number {
  const row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    const word = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = word === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}
