/**
 * Two printings of a quote compared across editorial marks. An ellipsis stands for words left out and square
 * brackets for the editor's own words, so a mark on either side stands for any run of words, none included, on the
 * other; the words outside marks must match, in order.
 */

/** Fewer words matched than this and a match rests on the marks alone: "..." or "[it] ... [us]" matches anything. */
export const MIN_MATCHED_WORDS = 3;

/** Quotes whose alignment would need more cells than this are not compared across marks: the work stays bounded. */
const MAX_CELLS = 250_000;

/** A quote's words with `null` for each mark (adjacent marks count as one). */
function tokensOf(parts: string[][]): Array<string | null> {
  const tokens: Array<string | null> = [];
  parts.forEach((part, k) => {
    if (k > 0 && tokens[tokens.length - 1] !== null) tokens.push(null);
    tokens.push(...part);
  });
  return tokens;
}

/**
 * Most words matched aligning the source quote with the page quote, -1 if they cannot be aligned. `whole`: the page
 * quote covers the source quote from end to end and may fill the source's marks with words. Otherwise it is part of
 * the source quote, beginning and ending on words the source has, and fills no source mark with words: a page quote
 * that both skips source words and fills a mark could pass off any change as the omitted words ("if the..." filled
 * with a changed copy of the words before "the").
 */
function matchedWords(s: Array<string | null>, p: Array<string | null>, same: (a: string, b: string) => boolean, whole: boolean): number {
  const [n, m] = [s.length, p.length];
  const sameAt = (i: number, j: number) => s[i] !== null && p[j] !== null && same(s[i], p[j]);
  // row[j]: most words matched aligning s[0..i) with p[0..j), -1 where they cannot be aligned.
  let row = new Int32Array(m + 1).fill(-1);
  let next = new Int32Array(m + 1);
  row[0] = 0;
  let best = -1;
  for (let i = 0; i <= n; i++) {
    next.fill(-1);
    if (!whole && i < n && sameAt(i, 0)) next[1] = 1;
    for (let j = 0; j <= m; j++) {
      const v = row[j];
      if (v < 0) continue;
      if (j === m && i === n) best = Math.max(best, v);
      if (i < n && j < m && sameAt(i, j)) {
        next[j + 1] = Math.max(next[j + 1], v + 1);
        if (!whole && j + 1 === m) best = Math.max(best, v + 1);
      }
      // A mark on one side takes the other side's next word or mark, or stops taking them.
      if (i < n && s[i] === null) {
        next[j] = Math.max(next[j], v);
        if (j < m && (whole || p[j] === null)) row[j + 1] = Math.max(row[j + 1], v);
      }
      if (j < m && p[j] === null) {
        row[j + 1] = Math.max(row[j + 1], v);
        if (i < n) next[j] = Math.max(next[j], v);
      }
    }
    [row, next] = [next, row];
  }
  return best;
}

/**
 * The source quote's words, in parts between marks (see quoteParts), are kept by the page quote's: every word
 * outside marks on either side is matched to an equal word on the other or falls under one of the other's marks,
 * and at least MIN_MATCHED_WORDS words are matched. Two passes over the source × page table, no backtracking.
 */
export function keptAroundMarks(sourceParts: string[][], pageParts: string[][], same: (a: string, b: string) => boolean): boolean {
  const s = tokensOf(sourceParts);
  const p = tokensOf(pageParts);
  if (p.length === 0 || (s.length + 1) * (p.length + 1) > MAX_CELLS) return false;
  return [true, false].some((whole) => matchedWords(s, p, same, whole) >= MIN_MATCHED_WORDS);
}
