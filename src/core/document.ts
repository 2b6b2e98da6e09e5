/**
 * A text prepared for comparison: furniture removed, split into sentences, each sentence tokenised with weights.
 * Both sides of every comparison (wire story and page) go through the same preparation.
 */
import { removeFurniture } from './text/furniture';
import { normaliseTypography } from './text/normalise';
import { quotesOf } from './text/quotes';
import { sentencesOf } from './text/segment';
import { tokenize, type Token } from './text/tokens';

export interface Sentence {
  /** The sentence as shown to the reader (typography normalised). */
  text: string;
  paragraph: number;
  tokens: Token[];
  /** Evidence weight per distinct token key. */
  weights: Map<string, number>;
  /** Sum of `weights`. */
  weight: number;
  quotes: string[];
}

export interface PreparedText {
  sentences: Sentence[];
  /** True when the text was longer than the bounds and only its beginning was read. */
  truncated: boolean;
}

/** Bounds that keep hostile input (megabytes of text, a 50,000-sentence story) in bounded time and memory. */
export const LIMITS = { maxChars: 2_000_000, maxSentences: 60_000 };

const KIND_WEIGHT = { word: 1, name: 1.6, number: 2 } as const;

/** Evidence weight of a token: names and numbers survive paraphrase and translation best; long words are rarer. */
export function tokenWeight(token: Token): number {
  const base = KIND_WEIGHT[token.kind];
  return token.kind === 'word' && token.raw.length >= 8 ? base * 1.25 : base;
}

export function prepareSentence(text: string, paragraph: number): Sentence {
  const tokens = tokenize(text);
  const weights = new Map<string, number>();
  let weight = 0;
  for (const token of tokens) {
    const w = tokenWeight(token);
    const had = weights.get(token.key) ?? 0;
    if (w > had) {
      weights.set(token.key, w);
      weight += w - had;
    }
  }
  return { text, paragraph, tokens, weights, weight, quotes: quotesOf(text) };
}

/** Prepare paragraphs (already split, never run together) for comparison. */
export function prepare(paragraphs: readonly string[]): PreparedText {
  let budget = LIMITS.maxChars;
  let truncated = false;
  const clean: string[] = [];
  for (const raw of paragraphs) {
    if (budget <= 0) {
      truncated = true;
      break;
    }
    const paragraph = normaliseTypography(raw.length > budget ? raw.slice(0, budget) : raw);
    if (raw.length > budget) truncated = true;
    budget -= raw.length;
    if (paragraph) clean.push(paragraph);
  }
  const sentences: Sentence[] = [];
  removeFurniture(clean).forEach((paragraph, index) => {
    for (const text of sentencesOf(paragraph)) {
      if (sentences.length >= LIMITS.maxSentences) {
        truncated = true;
        return;
      }
      const sentence = prepareSentence(text, index);
      if (sentence.tokens.length > 0) sentences.push(sentence);
    }
  });
  return { sentences, truncated };
}
