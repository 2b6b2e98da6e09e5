/**
 * Normalisation of house-style differences, so that the same wire sentence printed by two outlets compares equal:
 * typographic quotes and dashes, thousands separators, "U.S."/"US", month abbreviations.
 * The output is still readable text (it is what sentences are shown as); tokens are derived from it later.
 */

const QUOTES: Array<[RegExp, string]> = [
  [/(?:\u2018\u2018|\u2019\u2019|``|,,|'')/g, '"'], // doubled single marks used as double quotes
  [/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E]/g, '"'],
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-'],
  [/\u2026/g, '...'],
  [/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' '],
];

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** What QUOTES can change in printable ASCII: doubled marks, then a lone backtick. */
const ASCII_QUOTES: Array<[RegExp, string]> = [QUOTES[0], [/`/g, "'"]];

/** Typography only: quotes, dashes, spaces. Keeps the text as the reader saw it otherwise. */
export function normaliseTypography(text: string): string {
  // Most wire text is plain ASCII, where only doubled quote marks and runs of spaces can need work.
  const ascii = PRINTABLE_ASCII.test(text);
  let out = ascii ? text : text.normalize('NFKC');
  for (const [pattern, replacement] of ascii ? ASCII_QUOTES : QUOTES) out = out.replace(pattern, replacement);
  if (ascii) return out.replace(/ +/g, ' ').trim();
  // Zero-width, soft-hyphen and control characters carry no text but break matching ("Ken\u200Bya" is "Kenya").
  out = out.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g, '');
  return out.replace(/[ \t]+/g, ' ').trim();
}

const DOTTED_ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bU\.\s?S\.(?:\s?A\.)?/g, 'US'],
  [/\bU\.\s?K\./g, 'UK'],
  [/\bU\.\s?N\./g, 'UN'],
  [/\bE\.\s?U\./g, 'EU'],
];

/** Thousands separators ("4,500", "1,250,000") go, so "4,500" and "4500" are one number. */
function joinThousands(text: string): string {
  return text.replace(/\b\d{1,3}(?:,\d{3})+\b/g, (match) => match.replace(/,/g, ''));
}

/** House style folded: dotted country abbreviations, thousands separators. Used before tokenising. */
export function normaliseHouseStyle(text: string): string {
  let out = text;
  for (const [pattern, replacement] of DOTTED_ABBREVIATIONS) out = out.replace(pattern, replacement);
  return joinThousands(out);
}
