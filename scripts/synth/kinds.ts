/**
 * One generator per kind of copy. Each takes the story (and, for merges, a second story) and returns the draft of
 * the page; the ground truth is read off the draft afterwards.
 */
import { addedPiece, draftOf, type Draft, type SourceStory } from './draft';
import { addedSentences, outletDateline, wireDateline } from './furniture';
import { applyStyle, houseStyle } from './house-style';
import { paraphrase } from './paraphrase';
import type { Rng } from './prng';
import { alterQuote, type QuoteEdit } from './quotes';
import { hasQuote } from './quoted';
import {
  dropMiddle, insertParagraph, mergeSentences, prefixLead, reorderParagraphs, rewritePieces, splitPieces, trimBottom,
} from './structure';

export const KINDS = [
  'verbatim', 'trim-bottom', 'drop-middle', 'reorder', 'house-style', 'paraphrase', 'merge-split', 'quotes', 'added',
  'two-story', 'mixed', 'rewrite', 'not-derived',
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
  /** How the page's one altered quotation was changed (quotes pages). */
  quoteEdit?: QuoteEdit;
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

const wire = (draft: Draft, { story }: KindInput): KindOutput => ({ draft: prefixLead(draft, wireDateline(story.record)) });
const outlet = (draft: Draft, { story, outlet: name, rng }: KindInput): KindOutput => ({
  draft: prefixLead(draft, outletDateline(story.record, name, rng)),
});

const GENERATORS: Record<Kind, (input: KindInput) => KindOutput> = {
  verbatim: (input) => wire(draftOf(input.story), input),
  'trim-bottom': (input) => wire(trimBottom(draftOf(input.story), 0.35 + 0.4 * input.rng.next()), input),
  'drop-middle': (input) => wire(dropMiddle(draftOf(input.story), input.rng, input.rng.int(1, 2)), input),
  reorder: (input) => wire(reorderParagraphs(draftOf(input.story), input.rng, 2), input),
  'house-style': (input) => outlet(restyled(draftOf(input.story), input.rng), input),
  paraphrase: (input) => outlet(rewritePieces(draftOf(input.story), input.rng, 0.7, paraphrase).draft, input),
  'merge-split': (input) => {
    const merged = mergeSentences(draftOf(input.story), input.rng, 2).draft;
    return wire(splitPieces(merged, input.rng, 2).draft, input);
  },
  quotes: (input) => {
    // One quotation per page, so a page's result speaks for one kind of edit.
    let quoteEdit: QuoteEdit | undefined;
    const { draft } = rewritePieces(draftOf(input.story), input.rng, 1, (text, rng) => {
      if (quoteEdit || !hasQuote(text)) return null;
      const altered = alterQuote(text, rng);
      quoteEdit = altered?.edit;
      return altered?.text ?? null;
    });
    return { ...wire(draft, input), quoteEdit };
  },
  added: (input) => wire(withAdded(draftOf(input.story), input, input.rng.int(2, 4)), input),
  'two-story': (input) => {
    const { story, partner, rng } = input;
    if (!partner) throw new Error('two-story page without a partner story');
    const main = trimBottom(draftOf(story), 0.5 + 0.3 * rng.next(), 3);
    const second = draftOf(partner).slice(0, rng.int(2, 3));
    const at = rng.chance(0.5) ? main.length : rng.int(2, main.length);
    return wire([...main.slice(0, at), ...second, ...main.slice(at)], input);
  },
  mixed: (input) => {
    const { story, rng } = input;
    let draft = trimBottom(draftOf(story), 0.5 + 0.4 * rng.next(), 3);
    if (rng.chance(0.5)) draft = dropMiddle(draft, rng, 1);
    draft = rewritePieces(draft, rng, 0.4, paraphrase).draft;
    return outlet(withAdded(restyled(draft, rng), input, rng.int(1, 2)), input);
  },
  // Everything a rewriting desk does at once: the hardest derived page.
  rewrite: (input) => {
    const { story, rng } = input;
    let draft = reorderParagraphs(trimBottom(draftOf(story), 0.6 + 0.3 * rng.next(), 3), rng, 1);
    draft = rewritePieces(draft, rng, 1, paraphrase).draft;
    draft = splitPieces(mergeSentences(draft, rng, 1).draft, rng, 1).draft;
    return outlet(withAdded(restyled(draft, rng), input, 1), input);
  },
  'not-derived': (input) =>
    outlet(restyled(trimBottom(draftOf(input.story), 0.6 + 0.4 * input.rng.next(), 3), input.rng), input),
};

export function generate(kind: Kind, input: KindInput): KindOutput {
  return GENERATORS[kind](input);
}
