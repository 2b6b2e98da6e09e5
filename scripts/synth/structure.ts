/** Structural edits outlets make to wire copy: cutting, dropping, moving, merging and splitting. */
import type { Draft, Piece } from './draft';
import type { Rng } from './prng';

/** Keeps the first `fraction` of the paragraphs (inverted pyramid: the bottom goes first), at least `min`. */
export function trimBottom(draft: Draft, fraction: number, min = 2): Draft {
  const keep = Math.max(min, Math.round(draft.length * fraction));
  return draft.slice(0, Math.min(keep, draft.length));
}

/** Drops `count` paragraphs from the middle, never the lead or the last kept paragraph. */
export function dropMiddle(draft: Draft, rng: Rng, count: number): Draft {
  const middle = draft.map((_, i) => i).slice(1, -1);
  const dropped = new Set(rng.shuffle(middle).slice(0, Math.min(count, Math.max(0, middle.length - 1))));
  return draft.filter((_, i) => !dropped.has(i));
}

/** Moves `count` non-lead paragraphs to other non-lead positions. */
export function reorderParagraphs(draft: Draft, rng: Rng, count: number): Draft {
  const result = [...draft];
  for (let n = 0; n < count && result.length > 2; n++) {
    const from = rng.int(1, result.length - 1);
    const [moved] = result.splice(from, 1);
    let to = rng.int(1, result.length);
    if (to === from) to = to === 1 ? result.length : 1;
    result.splice(to, 0, moved);
  }
  return result;
}

/** Rewrites a share of the pieces with `rewrite`; a rewrite returning null leaves the piece alone. */
export function rewritePieces(
  draft: Draft,
  rng: Rng,
  share: number,
  rewrite: (text: string, rng: Rng) => string | null,
): { draft: Draft; rewritten: number } {
  let rewritten = 0;
  const result = draft.map((pieces) =>
    pieces.map((piece) => {
      if (piece.from.length === 0 || !rng.chance(share)) return piece;
      const text = rewrite(piece.text, rng);
      if (text === null || text === piece.text) return piece;
      rewritten++;
      return { ...piece, text };
    }),
  );
  return { draft: result, rewritten };
}

const COMMON_START =
  /^(The|A|An|It|Its|He|She|His|Her|They|Their|We|Our|This|That|These|Those|There|In|On|At|For|With|By|From|After|Before|But|And|One|Two|Some|Several|Many|Most|All|Any|No|Other|Another|Both|Each|Such|Asked|Analysts|Officials|Sources|Industry|Company|Bank|Government)\b/;

/** Lower-cases the first letter only when it starts a common word, so names keep their capitals. */
export function lowerFirstIfCommon(text: string): string {
  return COMMON_START.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/**
 * The text as it reads moved into the middle of a sentence: a common first word lower-cased, a name ("Standard Oil",
 * "UAW") kept; null when the first word cannot be told apart from a name ("Prices" or "Gynex"?).
 */
export function demote(text: string): string | null {
  if (COMMON_START.test(text)) return lowerFirstIfCommon(text);
  if (/^[A-Z][\w&.'-]*\s+[A-Z]/.test(text) || /^[A-Z]{2,}\b/.test(text)) return text;
  return null;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A rose. The index fell." -> "A rose, and the index fell."; "A rose; Smith said ..." when B may start with a name. */
export function joinSentences(first: string, second: string): string {
  const head = first.replace(/[.!?]+("?)$/, '$1');
  const tail = lowerFirstIfCommon(second);
  return tail === second ? `${head}; ${second}` : `${head}, and ${tail}`;
}

/** "A rose, and B fell." -> ["A rose.", "B fell."]; null when the sentence has no clause boundary to split at. */
export function splitSentence(text: string): [string, string] | null {
  const match = /^(.{25,}?)(?:, and |, but |; )(.{20,})$/.exec(text);
  // A boundary inside a quotation would leave each half with one quote mark.
  if (!match || (match[1].match(/"/g) ?? []).length % 2 === 1) return null;
  return [`${match[1]}.`, capitalize(match[2])];
}

/** Merges `count` pairs of adjacent pieces (within a paragraph, or two one-sentence paragraphs into one). */
export function mergeSentences(draft: Draft, rng: Rng, count: number): { draft: Draft; merged: number } {
  const result: Piece[][] = draft.map((pieces) => [...pieces]);
  let merged = 0;
  for (let attempt = 0; attempt < count * 4 && merged < count; attempt++) {
    const p = rng.int(0, result.length - 1);
    const pieces = result[p];
    if (pieces.length >= 2) {
      const i = rng.int(0, pieces.length - 2);
      pieces.splice(i, 2, merge(pieces[i], pieces[i + 1]));
      merged++;
    } else if (p + 1 < result.length && result[p + 1].length === 1 && pieces.length === 1) {
      result.splice(p, 2, [merge(pieces[0], result[p + 1][0])]);
      merged++;
    }
  }
  return { draft: result, merged };
}

function merge(a: Piece, b: Piece): Piece {
  return { text: joinSentences(a.text, b.text), from: [...a.from, ...b.from] };
}

/** Splits up to `count` pieces at a clause boundary; both halves carry the same source sentence. */
export function splitPieces(draft: Draft, rng: Rng, count: number): { draft: Draft; split: number } {
  let split = 0;
  const result = draft.map((pieces) =>
    pieces.flatMap((piece) => {
      if (split >= count || piece.from.length === 0 || !rng.chance(0.6)) return [piece];
      const halves = splitSentence(piece.text);
      if (!halves) return [piece];
      split++;
      return halves.map((text) => ({ text, from: piece.from }));
    }),
  );
  return { draft: result, split };
}

/** Inserts a paragraph of added (non-wire) text at `position`. */
export function insertParagraph(draft: Draft, position: number, pieces: Piece[]): Draft {
  const result = [...draft];
  result.splice(Math.min(position, result.length), 0, pieces);
  return result;
}

/** Prefixes the lead with a dateline ("PARIS (Daily Planet) - "), as outlets do. */
export function prefixLead(draft: Draft, prefix: string): Draft {
  if (draft.length === 0 || draft[0].length === 0 || !prefix) return draft;
  const [first, ...rest] = draft[0];
  return [[{ ...first, text: prefix + first.text }, ...rest], ...draft.slice(1)];
}
