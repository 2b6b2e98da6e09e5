/**
 * Direct quotations in a sentence. Straight double quotes only (typography is normalised first). A quote may be
 * open at either end of a sentence: AP style carries a quote over sentences and paragraphs, so a lone closing mark
 * ends a quote that began before the sentence, and a lone opening mark starts one that runs to its end.
 */

/** A lone mark closes a quote when it follows the quoted words ("... them," said X) rather than preceding them. */
function closesQuote(text: string, at: number): boolean {
  const before = text[at - 1] ?? ' ';
  const after = text[at + 1] ?? ' ';
  return /[\p{L}\p{N}.,!?;:)\]'-]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/** [start, end) character spans of quoted text, marks excluded. */
export function quoteSpans(text: string): Array<[number, number]> {
  const marks: number[] = [];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 34) marks.push(i);
  const spans: Array<[number, number]> = [];
  let i = 0;
  if (marks.length % 2 === 1 && closesQuote(text, marks[0])) {
    spans.push([0, marks[0]]);
    i = 1;
  }
  for (; i + 1 < marks.length; i += 2) spans.push([marks[i] + 1, marks[i + 1]]);
  if (i < marks.length && marks[i] + 1 < text.length) spans.push([marks[i] + 1, text.length]);
  return spans;
}

const TITLE_LINKS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from']);

/** Every word but the little links capitalised: "The Matrix Reloaded" is the name of a work, not speech. */
function isTitle(words: string[]): boolean {
  return words.every((word) => /^\P{Ll}/u.test(word) || TITLE_LINKS.has(word));
}

/** Quotations of at least `minWords` words: shorter quoted strings are titles or scare quotes, not speech. */
export function quotesOf(text: string, minWords = 3): string[] {
  return quoteSpans(text)
    .map(([start, end]) => text.slice(start, end).trim().replace(/[\s,;:.]+$/, ''))
    .filter((quote) => {
      const words = quote.split(/\s+/).filter(Boolean);
      return words.length >= minWords && !isTitle(words);
    });
}
