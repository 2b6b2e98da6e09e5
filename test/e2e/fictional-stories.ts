/**
 * Many distinct fictional wire stories for import tests, the same on every run: sentences of English function words
 * and invented place, people and subject words. Unlike template-made stories (test/core/synthetic-news), no two
 * share most of their words, so each is a story of its own rather than a version of another (src/ingest/versions),
 * and a corpus of N stories lists N stories. Everything here is invented.
 */
import { createRng, type Rng } from '../../scripts/synth/prng';
import type { StoryRecord } from '../../src/core/types';

const AGENCIES = ['Reuters', 'AP', 'AFP', 'dpa'];
const FUNCTION_WORDS = [
  'the', 'a', 'of', 'in', 'on', 'to', 'and', 'for', 'with', 'after', 'before', 'as', 'by', 'from', 'its', 'their', 'was',
  'were', 'has', 'had', 'said', 'would', 'could', 'will', 'that', 'which', 'more', 'than', 'over', 'under', 'near',
];
const ONSETS = ['b', 'br', 'c', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ea'];
const CODAS = ['', 'n', 'r', 'l', 's', 'th', 'nd', 'rk', 'st'];

/** 12,000 invented words; a story draws its subject words from a narrow slice of them, so stories rarely overlap. */
const LEXICON = (() => {
  const rng = createRng(0x51ab1e);
  const words = new Set<string>();
  while (words.size < 12_000) {
    const syllables = rng.int(2, 3);
    let word = '';
    for (let i = 0; i < syllables; i++) word += rng.pick(ONSETS) + rng.pick(VOWELS) + (i === syllables - 1 ? rng.pick(CODAS) : '');
    words.add(word);
  }
  return [...words];
})();

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function sentence(rng: Rng, subject: string[], names: string[]): string {
  const length = rng.int(14, 26);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const roll = rng.next();
    if (roll < 0.4) words.push(rng.pick(FUNCTION_WORDS));
    else if (roll < 0.5) words.push(rng.pick(names));
    else if (roll < 0.56) words.push(String(rng.int(2, 9_800)));
    else words.push(rng.pick(subject));
  }
  return `${capitalised(words.join(' '))}.`;
}

/** Story `index`: 6 to 12 paragraphs of one or two sentences, a title, an agency and a 2030 date. */
export function fictionalStory(index: number): StoryRecord {
  const rng = createRng(0x7e57 + index * 0x9e3779b1);
  const start = rng.int(0, LEXICON.length - 400);
  const subject = LEXICON.slice(start, start + 400).filter(() => rng.chance(0.15));
  const names = Array.from({ length: 4 }, () => `${capitalised(rng.pick(LEXICON))} ${capitalised(rng.pick(LEXICON))}`);
  const paragraphs = Array.from({ length: rng.int(6, 12) }, () =>
    Array.from({ length: rng.int(1, 2) }, () => sentence(rng, subject, names)).join(' '),
  );
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  return {
    id: `fict-gen-${index}`,
    agency: rng.pick(AGENCIES),
    title: capitalised(Array.from({ length: rng.int(6, 10) }, () => rng.pick(subject)).join(' ')),
    published: `2030-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(rng.int(0, 23)).padStart(2, '0')}:00:00Z`,
    text: paragraphs.join('\n\n'),
  };
}

export function fictionalStories(count: number): StoryRecord[] {
  return Array.from({ length: count }, (_, index) => fictionalStory(index));
}
