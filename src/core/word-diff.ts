/**
 * Where two printings of a quote, number or name part: the wire's words the page does not have and the page's words
 * the wire does not have, for showing a change at a glance ("... should be declassified" / "... could be ...").
 * Words are compared as quote comparison folds them (case, punctuation, spelling conventions: quote-words.ts), so
 * only changes of wording are marked. A longest common subsequence of words, bounded like jsdiff's: past
 * MAX_CELLS, only the common start and end are kept and the middle is marked whole.
 */
import { quoteWords } from './text/quote-words';

export interface DiffPart {
  text: string;
  /** This stretch is not on the other side. */
  changed: boolean;
}

export interface WordDiff {
  source: DiffPart[];
  page: DiffPart[];
}

/** Cells of one comparison's table (a quote of 500 words against one of 500), and of all a report's together. */
const MAX_CELLS = 250_000;
const REPORT_CELLS = 2_000_000;
/** Characters of a report's changes compared; past them changes are shown unmarked. */
const REPORT_CHARS = 200_000;

interface Piece {
  /** The word as printed, punctuation included. */
  word: string;
  /** The space after it. */
  space: string;
}

function piecesOf(text: string): Piece[] {
  return [...text.matchAll(/(\S+)(\s*)/g)].map(([, word, space]) => ({ word, space }));
}

/** The comparison keys of a text's words, each with the piece it came from ("it's" gives "it" and "is"). */
function keysOf(pieces: Piece[]): Array<{ key: string; piece: number }> {
  return pieces.flatMap((piece, i) => quoteWords(piece.word).map((key) => ({ key, piece: i })));
}

/**
 * Which keys of each side are matched on the other: common start and end, and a longest common subsequence
 * between them unless that would pass `maxCells`.
 */
function matchedKeys(a: string[], b: string[], maxCells: number): [boolean[], boolean[]] {
  const inA = a.map(() => false);
  const inB = b.map(() => false);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) inA[start] = inB[start++] = true;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) inA[--endA] = inB[--endB] = true;
  const rows = endA - start;
  const cols = endB - start;
  if (rows === 0 || cols === 0 || rows * cols > maxCells) return [inA, inB];
  // lengths[i * width + j]: LCS of a[start+i..endA) and b[start+j..endB).
  const width = cols + 1;
  const lengths = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[start + i] === b[start + j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  for (let i = 0, j = 0; i < rows && j < cols; ) {
    if (a[start + i] === b[start + j]) inA[start + i++] = inB[start + j++] = true;
    else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) i++;
    else j++;
  }
  return [inA, inB];
}

/** A piece is kept when every key it gives is matched; punctuation alone gives none and is always kept. */
function keptPieces(count: number, keys: Array<{ piece: number }>, matched: boolean[]): boolean[] {
  const kept = new Array<boolean>(count).fill(true);
  keys.forEach(({ piece }, k) => {
    if (!matched[k]) kept[piece] = false;
  });
  return kept;
}

/** Runs of words merged into parts, changed or not; a space is changed only between two changed words. */
function partsOf(pieces: Piece[], kept: boolean[], leading: string): DiffPart[] {
  const parts: DiffPart[] = [];
  const add = (text: string, changed: boolean) => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.changed === changed) last.text += text;
    else parts.push({ text, changed });
  };
  add(leading, false);
  pieces.forEach((piece, i) => {
    add(piece.word, !kept[i]);
    add(piece.space, !kept[i] && i + 1 < pieces.length && !kept[i + 1]);
  });
  return parts;
}

const leadingSpace = (text: string) => /^\s*/.exec(text)![0];

export function wordDiff(source: string, page: string, maxCells = MAX_CELLS): WordDiff {
  const [a, b] = [piecesOf(source), piecesOf(page)];
  const [keysA, keysB] = [keysOf(a), keysOf(b)];
  const [matchedA, matchedB] = matchedKeys(keysA.map(({ key }) => key), keysB.map(({ key }) => key), maxCells);
  return {
    source: partsOf(a, keptPieces(a.length, keysA, matchedA), leadingSpace(source)),
    page: partsOf(b, keptPieces(b.length, keysB, matchedB), leadingSpace(page)),
  };
}

/**
 * The diffs of a report's changes (null where the page dropped the quote), sharing one bound: a hostile page can
 * carry thousands of changed quotes, and the report must still render at once. Past REPORT_CHARS, unmarked.
 */
export function changeDiffs(changes: ReadonlyArray<{ source: string; page: string | null }>): Array<WordDiff | null> {
  const maxCells = Math.min(MAX_CELLS, Math.floor(REPORT_CELLS / Math.max(1, changes.length)));
  let chars = 0;
  return changes.map(({ source, page }) => {
    if (page === null) return null;
    chars += source.length + page.length;
    if (chars > REPORT_CHARS) return { source: [{ text: source, changed: false }], page: [{ text: page, changed: false }] };
    return wordDiff(source, page, maxCells);
  });
}
