/**
 * Agency credits written into a sentence ("as quoted by AFP", "according to Reuters", "(AFP)") are the outlet's
 * furniture, not story text. Cutting one mends the punctuation around it, so the sentence reads as if the credit had
 * never been there: no ", ," or " ," and no comma before the full stop ("said on Monday, according to AFP." ->
 * "said on Monday.").
 */
import { AGENCY_PATTERN } from './agencies';

const A = `(?:the\\s+)?(?:${AGENCY_PATTERN})(?:\\s+news agency)?\\b`;

/** ("told Reuters" stays: it is story text; so does "according to Reuters calculations", which is not a credit.) */
const INLINE_CREDITS: RegExp[] = [
  new RegExp(`\\b(?:as\\s+)?(?:quoted|reported|cited)\\s+by\\s+${A}`, 'gi'),
  new RegExp(`\\baccording\\s+to\\s+${A}(?=\\s*(?:[,.;:!?)"]|$))`, 'gi'),
  new RegExp(`\\((?:${AGENCY_PATTERN})\\)`, 'g'),
];

/**
 * Words a comma still stands before once a credit set off by a pair of commas goes: they open a clause or phrase of
 * their own ("..., the minister said, according to AFP, adding ..."). Before other words both commas go with the
 * credit ("The minister said, according to AFP, that ..." -> "The minister said that ..."). A single comma next to
 * a credit belongs to the sentence and stays ("The toll rose (AFP), officials said").
 */
const OPENS_CLAUSE = /^(?:and|but|or|nor|so|yet|while|whereas|although|though|which|who|whose|adding|saying|noting|citing)\b/i;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `text` without the credit at [start, end), the commas and spaces around it mended. */
function cutCredit(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const commas = Number(/,\s*$/.test(before)) + Number(/^\s*,/.test(after));
  let left = before.replace(/[\s,]+$/, '');
  let right = after.replace(/^[\s,]+/, '');
  if (left.endsWith('(') && right.startsWith(')')) {
    // "(as reported by AFP)": the brackets held only the credit.
    left = left.slice(0, -1).trimEnd();
    right = right.slice(1).trimStart();
  }
  // A capital credit opened its sentence ("According to AFP, the toll rose."): the next word now does.
  if (/^\p{Lu}/u.test(text.slice(start, end))) return left ? `${left} ${capitalised(right)}` : capitalised(right);
  if (right === '' || /^[.;:!?)]/.test(right)) return left + right;
  if (/^"(?=\s|$)/.test(right)) return left + (commas > 0 ? ',' : '') + right; // a closing quote mark
  const comma = commas === 1 || (commas === 2 && (right.startsWith('"') || OPENS_CLAUSE.test(right)));
  return `${left}${comma ? ',' : ''} ${right}`;
}

export function stripInlineCredits(paragraph: string): string {
  let out = paragraph;
  for (const pattern of INLINE_CREDITS) {
    for (let at = 0, match: RegExpExecArray | null; ; ) {
      pattern.lastIndex = at;
      match = pattern.exec(out);
      if (!match) break;
      const mended = cutCredit(out, match.index, match.index + match[0].length);
      // The search goes on where the credit was: what precedes it is unchanged (only trailing commas may go).
      at = Math.min(match.index, mended.length);
      out = mended;
    }
  }
  // A space before a mark is closed up, except before a bare decimal (".85 cent"): that mark belongs to a number.
  return out.replace(/\s+([,.;:])(?!\d)/g, '$1').replace(/^[,;:\s]+/, '');
}
