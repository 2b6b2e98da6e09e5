/**
 * A page under construction: paragraphs of pieces, each piece remembering which source sentences it carries.
 * Every transformation edits a Draft, so the ground truth (what was cut, what was added) falls out of the final draft.
 */
import type { StoryRecord } from '../../src/core/types';
import { splitSentences } from './sentences';

/** A wire story split into sentences by the generators' own segmentation. */
export interface SourceStory {
  record: StoryRecord;
  /** Sentences per paragraph. */
  paragraphs: string[][];
  /** All sentences in order; `UnitRef.index` points here. */
  sentences: string[];
}

export interface UnitRef {
  story: string;
  index: number;
}

export interface Piece {
  text: string;
  /** Source sentences this piece carries; empty for text the outlet added. */
  from: UnitRef[];
}

export type Draft = Piece[][];

// A quarter of Reuters-21578 stories end with the agency's signature ("REUTER", "Reuter...", "REUTER^M"); outlets
// never print it, so pages leave it out and it is not a sentence of the story.
const SIGNATURE = /\s+(?:REUTERS?|[Rr]euter)(?![a-z])\S*\s*$/;

export function sourceStoryOf(record: StoryRecord): SourceStory {
  const paragraphs = record.text
    .replace(SIGNATURE, '')
    .split(/\n\s*\n/)
    .map((block) => splitSentences(block))
    .filter((sentences) => sentences.length > 0);
  return { record, paragraphs, sentences: paragraphs.flat() };
}

export function draftOf(story: SourceStory): Draft {
  let index = 0;
  return story.paragraphs.map((sentences) =>
    sentences.map((text) => ({ text, from: [{ story: story.record.id, index: index++ }] })),
  );
}

export function addedPiece(text: string): Piece {
  return { text, from: [] };
}

export function pageParagraphs(draft: Draft): string[] {
  return draft.map((pieces) => pieces.map((piece) => piece.text).join(' ')).filter((text) => text.length > 0);
}
