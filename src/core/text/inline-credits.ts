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

/**
 * The text built so far, as pieces: mending a cut trims only its end, so a paragraph with thousands of credits
 * costs time linear in its length (rebuilding the whole string at each credit made a hostile page quadratic).
 */
class Pieces {
  private readonly pieces: string[] = [];
  length = 0;

  push(piece: string): void {
    this.pieces.push(piece);
    this.length += piece.length;
  }

  /** Drops trailing characters matching `trailing` (anchored at the end, e.g. /[\s,]+$/); returns what went. */
  trimEnd(trailing: RegExp): string {
    let dropped = '';
    while (this.pieces.length > 0) {
      const last = this.pieces[this.pieces.length - 1];
      const kept = last.replace(trailing, '');
      dropped = last.slice(kept.length) + dropped;
      this.length -= last.length - kept.length;
      if (kept) {
        this.pieces[this.pieces.length - 1] = kept;
        break;
      }
      this.pieces.pop();
    }
    return dropped;
  }

  endsWith(text: string): boolean {
    return this.pieces.length > 0 && this.pieces[this.pieces.length - 1].endsWith(text);
  }

  toString(): string {
    return this.pieces.join('');
  }
}

/** A look at what follows a cut: every test below reads only its first few words. */
const HEAD = 80;

/** `text` without the matches of `pattern`, the commas and spaces around each mended. */
function cutCredits(text: string, pattern: RegExp): string {
  const out = new Pieces();
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index < from) continue;
    out.push(text.slice(from, match.index));
    const credit = match[0];
    let next = match.index + credit.length;
    const commas = Number(out.trimEnd(/[\s,]+$/).includes(',')) + Number(/^\s*,/.test(text.slice(next, next + HEAD)));
    next += /^[\s,]*/.exec(text.slice(next, next + HEAD))![0].length;
    if (out.endsWith('(') && text.startsWith(')', next)) {
      // "(as reported by AFP)": the brackets held only the credit.
      out.trimEnd(/\($/);
      out.trimEnd(/\s+$/);
      next += 1 + /^\s*/.exec(text.slice(next + 1, next + 1 + HEAD))![0].length;
    }
    from = next;
    const right = text.slice(next, next + HEAD);
    if (/^\p{Lu}/u.test(credit)) {
      // A capital credit opened its sentence ("According to AFP, the toll rose."): the next word now does.
      if (out.length > 0) out.push(' ');
      out.push(right.charAt(0).toUpperCase());
      from += right.length > 0 ? 1 : 0;
    } else if (right === '' || /^[.;:!?)]/.test(right)) {
      // Nothing to glue: the mark follows the sentence directly.
    } else if (/^"(?=\s|$)/.test(right)) {
      if (commas > 0) out.push(','); // a closing quote mark
    } else {
      const comma = commas === 1 || (commas === 2 && (right.startsWith('"') || OPENS_CLAUSE.test(right)));
      out.push(comma ? ', ' : ' ');
    }
  }
  out.push(text.slice(from));
  return out.toString();
}

/** Whether a paragraph may hold a credit at all: most hold none, and one test is cheaper than three searches. */
const MAY_HOLD_CREDIT = new RegExp(`\\b(?:quoted|reported|cited|according)\\s|\\((?:${AGENCY_PATTERN})\\)`, 'i');

export function stripInlineCredits(paragraph: string): string {
  const out = MAY_HOLD_CREDIT.test(paragraph) ? INLINE_CREDITS.reduce(cutCredits, paragraph) : paragraph;
  // A space before a mark is closed up, except before a bare decimal (".85 cent"): that mark belongs to a number.
  return out.replace(/\s+([,.;:])(?!\d)/g, '$1').replace(/^[,;:\s]+/, '');
}
