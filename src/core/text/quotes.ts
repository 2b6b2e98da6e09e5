/**
 * Direct quotations in a sentence. Straight double quotes only (typography is normalised first). An opening mark
 * with no closing one runs to the end of the text: AP style carries a quote over paragraphs that way.
 */

/** [start, end) character spans of quoted text, marks excluded. */
export function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 34) continue;
    if (open < 0) open = i + 1;
    else {
      spans.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0 && open < text.length) spans.push([open, text.length]);
  return spans;
}

/** Quotations of at least `minWords` words: shorter quoted strings are titles or scare quotes, not speech. */
export function quotesOf(text: string, minWords = 3): string[] {
  return quoteSpans(text)
    .map(([start, end]) => text.slice(start, end).trim())
    .filter((quote) => quote.split(/\s+/).filter(Boolean).length >= minWords);
}
