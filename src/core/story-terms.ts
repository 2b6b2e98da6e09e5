/**
 * The index terms of a story or page: hashed keys of its content words, names and numbers, after furniture is
 * removed. Retrieval compares these sets; rare terms (names, numbers, unusual words) carry the most weight.
 */
import { hash32 } from './hash';
import type { PreparedText } from './document';
import { paragraphsOf } from './paragraphs';
import { rememberRecent } from './recent';
import { removeFurniture } from './text/furniture';
import { normaliseTypography } from './text/normalise';
import { tokenize } from './text/tokens';
import type { StoryRecord } from './types';

/** At most this many words of a story are indexed: the lead and body carry the identity of a story. */
const MAX_INDEXED_TOKENS = 3000;

/** A story has at most this many terms: a word makes at most two tokens ("5%" is a number and a percent sign). */
export const MAX_STORY_TERMS = 2 * MAX_INDEXED_TOKENS;

/**
 * The last stories' terms: an import asks for a story's terms to look for its earlier versions and again to index
 * it, and tokenising is the largest cost of both. The arrays are shared: callers must not change them.
 * `storyTerms.remember` takes terms computed elsewhere (the options page sends them with an import batch).
 */
export const storyTerms = rememberRecent(
  1024,
  (story: Pick<StoryRecord, 'title' | 'text'>) => `${story.title}\u0000${story.text}`,
  termsOf,
);

function termsOf(story: Pick<StoryRecord, 'title' | 'text'>): Uint32Array {
  const terms = new Set<number>();
  let budget = MAX_INDEXED_TOKENS;
  const paragraphs = removeFurniture([story.title, ...paragraphsOf(story.text)].map(normaliseTypography));
  for (const paragraph of paragraphs) {
    if (budget <= 0) break;
    const tokens = tokenize(paragraph, budget);
    budget -= tokens.length + 1;
    for (const token of tokens) terms.add(hash32(token.key));
  }
  const sorted = new Uint32Array(terms.size);
  let at = 0;
  for (const term of terms) sorted[at++] = term;
  return sorted.sort();
}

/** Page terms with their strongest evidence weight, for querying. */
export function pageTerms(page: PreparedText): Map<number, number> {
  const terms = new Map<number, number>();
  for (const sentence of page.sentences) {
    for (const [key, weight] of sentence.weights) {
      const term = hash32(key);
      if ((terms.get(term) ?? 0) < weight) terms.set(term, weight);
    }
  }
  return terms;
}
