/**
 * The generators' own sentence segmentation of wire text. It only decides which pieces the generators cut, move and
 * rewrite; ground truth is later mapped onto the engine's sentences by text, so the two segmentations may differ.
 */

// Words after which a period does not end a sentence in 1987 Reuters copy and in news copy generally.
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'st', 'jr', 'sr',
    'co', 'corp', 'inc', 'ltd', 'bros', 'no', 'vs', 'etc', 'approx', 'dept', 'est', 'fig', 'ft', 'mt',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
);

const BOUNDARY = /([.!?]["')\]]*)\s+(?=["'(\[]?[A-Z0-9])/g;

function endsWithAbbreviation(text: string): boolean {
  const word = /([A-Za-z.]+)\.["')\]]*$/.exec(text)?.[1];
  if (!word) return false;
  // Initials and dotted acronyms: "J.", "U.S.", "U.K."
  if (/^([A-Za-z]\.)*[A-Za-z]$/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[1].length;
    const candidate = text.slice(start, end);
    if (endsWithAbbreviation(candidate)) continue;
    sentences.push(candidate.trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
