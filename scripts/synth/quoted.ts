/** Helpers that keep rewrites away from quotations (a quote's words are the speaker's, not the desk's). */

/** Applies `rewrite` to the text outside double quotes only. */
export function outsideQuotes(text: string, rewrite: (segment: string) => string): string {
  return text
    .split(/("[^"]*")/)
    .map((segment) => (segment.startsWith('"') && segment.endsWith('"') && segment.length > 1 ? segment : rewrite(segment)))
    .join('');
}

export function hasQuote(text: string): boolean {
  return /"[^"]{8,}"/.test(text);
}
