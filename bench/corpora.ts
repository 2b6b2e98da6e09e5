/**
 * The benchmark corpora: seeded samples of Reuters-21578 (1k inside 10k, so the pages' sources are in both) and a
 * synthetic 100k made of every real story plus transformed copies. Copies keep Reuters' vocabulary statistics
 * (postings lengths, term counts) but are not copies of any page: their paragraphs are reordered and word-shuffled
 * and their numbers and names renamed, so they add retrieval load without adding true sources.
 */
import { paragraphsOf } from '../src/core/index';
import type { StoryRecord } from '../src/core/types';
import { rngFor, type Rng } from '../scripts/synth/index';

/** The first `n` stories of one seeded shuffle: smaller samples are prefixes of larger ones. */
export function nestedSample(stories: readonly StoryRecord[], n: number, seed: number): StoryRecord[] {
  return rngFor(seed, 'sample').shuffle(stories).slice(0, n);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function pseudoWord(first: string, length: number, rng: Rng): string {
  let word = first;
  while (word.length < length) word += rng.pick([...LETTERS]);
  return word;
}

/** A word-shuffled paragraph whose numbers and capitalised words are consistently renamed within the copy. */
function scramble(paragraph: string, rng: Rng, renamed: Map<string, string>): string {
  const rename = (word: string): string => {
    const core = word.replace(/[^\p{L}\p{N}]+$/u, '');
    const tail = word.slice(core.length);
    let replacement = renamed.get(core);
    if (replacement === undefined) {
      if (/^\d[\d.,]*$/.test(core)) replacement = core.replace(/\d/g, () => String(rng.int(0, 9)));
      else if (/^\p{Lu}\p{Ll}+$/u.test(core)) replacement = pseudoWord(core[0], core.length, rng);
      else replacement = core;
      renamed.set(core, replacement);
    }
    return replacement + tail;
  };
  return rng.shuffle(paragraph.split(/\s+/).filter(Boolean)).map(rename).join(' ');
}

function syntheticCopy(story: StoryRecord, copy: number, seed: number): StoryRecord {
  const rng = rngFor(seed, `${story.id}~${copy}`);
  const renamed = new Map<string, string>();
  const paragraphs = rng.shuffle(paragraphsOf(story.text)).map((p) => scramble(p, rng, renamed));
  return {
    id: `synthetic-${copy}-${story.id}`,
    agency: story.agency,
    title: scramble(story.title, rng, renamed),
    text: paragraphs.join('\n\n'),
    ...(story.topics ? { topics: story.topics } : {}),
  };
}

/** Every real story, then copies of them round-robin until there are `n` stories. */
export function syntheticCorpus(stories: readonly StoryRecord[], n: number, seed: number): StoryRecord[] {
  const out = [...stories];
  for (let i = 0; out.length < n; i++) {
    out.push(syntheticCopy(stories[i % stories.length], Math.floor(i / stories.length), seed));
  }
  return out;
}
