/**
 * One generator per kind of copy. Each takes the story (and, for merges, a second story) and returns the draft of
 * the page; the ground truth is read off the draft afterwards.
 */
import { addedPiece, draftOf, type Draft, type SourceStory } from './draft';
import { addedSentences, outletDateline, wireDateline } from './furniture';
import { applyStyle, houseStyle } from './house-style';
import { paraphrase } from './paraphrase';
import type { Rng } from './prng';
import { alterQuote } from './quotes';
import { hasQuote } from './quoted';
import {
  dropMiddle, insertParagraph, mergeSentences, prefixLead, reorderParagraphs, rewritePieces, splitPieces, trimBottom,
} from './structure';

export const KINDS = [
  'verbatim', 'trim-bottom', 'drop-middle', 'reorder', 'house-style', 'paraphrase', 'merge-split', 'quotes', 'added',
  'two-story', 'mixed', 'not-derived',
] as const;
export type Kind = (typeof KINDS)[number];

export interface KindInput {
  story: SourceStory;
  /** The second story of a two-story page. */
  partner?: SourceStory;
  outlet: string;
  rng: Rng;
}

export interface KindOutput {
  draft: Draft;
  quotesAltered: number;
}

/** What a kind needs of its story beyond the common minimum. */
export const NEEDS: Partial<Record<Kind, (story: SourceStory) => boolean>> = {
  quotes: (story) => story.sentences.some(hasQuote),
};

function restyled(draft: Draft, rng: Rng): Draft {
  const rules = houseStyle(rng, 0.8);
  return draft.map((pieces) => pieces.map((piece) => ({ ...piece, text: applyStyle(piece.text, rules) })));
}

function withAdded(draft: Draft, input: KindInput, count: number): Draft {
  const sentences = addedSentences(input.story.record, input.outlet, input.rng, count);
  let result = draft;
  sentences.forEach((text, i) => {
    const position = i === 0 ? 1 : input.rng.int(2, result.length);
    result = insertParagraph(result, position, [addedPiece(text)]);
  });
  return result;
}

const GENERATORS: Record<Kind, (input: KindInput) => KindOutput> = {
  verbatim: ({ story }) => ({ draft: prefixLead(draftOf(story), wireDateline(story.record)), quotesAltered: 0 }),
  'trim-bottom': ({ story, rng }) => ({
    draft: prefixLead(trimBottom(draftOf(story), 0.35 + 0.4 * rng.next()), wireDateline(story.record)),
    quotesAltered: 0,
  }),
  'drop-middle': ({ story, rng }) => ({
    draft: prefixLead(dropMiddle(draftOf(story), rng, rng.int(1, 2)), wireDateline(story.record)),
    quotesAltered: 0,
  }),
  reorder: ({ story, rng }) => ({
    draft: prefixLead(reorderParagraphs(draftOf(story), rng, 2), wireDateline(story.record)),
    quotesAltered: 0,
  }),
  'house-style': ({ story, rng, outlet }) => ({
    draft: prefixLead(restyled(draftOf(story), rng), outletDateline(story.record, outlet, rng)),
    quotesAltered: 0,
  }),
  paraphrase: ({ story, rng, outlet }) => ({
    draft: prefixLead(rewritePieces(draftOf(story), rng, 0.7, paraphrase).draft, outletDateline(story.record, outlet, rng)),
    quotesAltered: 0,
  }),
  'merge-split': ({ story, rng }) => {
    const merged = mergeSentences(draftOf(story), rng, 2).draft;
    return { draft: prefixLead(splitPieces(merged, rng, 2).draft, wireDateline(story.record)), quotesAltered: 0 };
  },
  quotes: ({ story, rng }) => {
    let budget = 2;
    const { draft, rewritten } = rewritePieces(draftOf(story), rng, 1, (text) => {
      if (budget === 0 || !hasQuote(text)) return null;
      const altered = alterQuote(text, rng);
      if (altered) budget--;
      return altered?.text ?? null;
    });
    return { draft: prefixLead(draft, wireDateline(story.record)), quotesAltered: rewritten };
  },
  added: (input) => ({
    draft: prefixLead(withAdded(draftOf(input.story), input, input.rng.int(2, 4)), wireDateline(input.story.record)),
    quotesAltered: 0,
  }),
  'two-story': ({ story, partner, rng }) => {
    if (!partner) throw new Error('two-story page without a partner story');
    const main = trimBottom(draftOf(story), 0.5 + 0.3 * rng.next(), 3);
    const second = draftOf(partner).slice(0, rng.int(2, 3));
    const at = rng.chance(0.5) ? main.length : rng.int(2, main.length);
    return { draft: prefixLead([...main.slice(0, at), ...second, ...main.slice(at)], wireDateline(story.record)), quotesAltered: 0 };
  },
  mixed: (input) => {
    const { story, rng, outlet } = input;
    let draft = trimBottom(draftOf(story), 0.5 + 0.4 * rng.next(), 3);
    if (rng.chance(0.5)) draft = dropMiddle(draft, rng, 1);
    draft = rewritePieces(draft, rng, 0.4, paraphrase).draft;
    draft = withAdded(restyled(draft, rng), input, rng.int(1, 2));
    return { draft: prefixLead(draft, outletDateline(story.record, outlet, rng)), quotesAltered: 0 };
  },
  'not-derived': ({ story, rng, outlet }) => ({
    draft: prefixLead(restyled(trimBottom(draftOf(story), 0.6 + 0.4 * rng.next(), 3), rng), outletDateline(story.record, outlet, rng)),
    quotesAltered: 0,
  }),
};

export function generate(kind: Kind, input: KindInput): KindOutput {
  return GENERATORS[kind](input);
}
