/**
 * Ways outlets handle a quotation: a word swapped or dropped (the quote is altered: the engine should report it),
 * the quote shortened with an ellipsis, or its marks dropped with the words kept (reported speech in the speaker's
 * own words). The last two keep what was said, and the engine should not report them.
 */
import type { Rng } from './prng';
import { SYNONYMS } from './synonyms';

export type QuoteEdit = 'word' | 'ellipsis' | 'indirect';

const QUOTE = /"([^"]{8,})"/;

function changeWord(quote: string, rng: Rng): string | null {
  const words = quote.split(' ');
  const swappable = words.map((w, i) => (SYNONYMS[w.toLowerCase()] ? i : -1)).filter((i) => i >= 0);
  if (swappable.length > 0) {
    const i = rng.pick(swappable);
    words[i] = SYNONYMS[words[i].toLowerCase()];
    return words.join(' ');
  }
  // No synonym: drop a content word from inside the quote.
  const droppable = words.map((w, i) => (i > 0 && i < words.length - 1 && /^[a-z]{4,}$/.test(w) ? i : -1)).filter((i) => i >= 0);
  if (droppable.length === 0) return null;
  words.splice(rng.pick(droppable), 1);
  return words.join(' ');
}

function shorten(quote: string): string | null {
  const words = quote.split(' ');
  if (words.length < 8) return null;
  const head = Math.ceil(words.length / 3);
  return [...words.slice(0, head), '...', ...words.slice(-2)].join(' ');
}

/** `He said "the market is weak."` -> `He said that the market is weak.`; `"It is weak," he said.` -> `It is weak, he said.` */
function indirect(text: string): string {
  return text.replace(/\bsaid "/, 'said that "').replace(/"/g, '');
}

/** The sentence with its first quotation changed, or null when it has none to change. */
export function alterQuote(text: string, rng: Rng): { text: string; edit: QuoteEdit } | null {
  const match = QUOTE.exec(text);
  if (!match) return null;
  for (const edit of rng.shuffle<QuoteEdit>(['word', 'ellipsis', 'indirect'])) {
    if (edit === 'indirect') return { text: indirect(text), edit };
    const quote = edit === 'word' ? changeWord(match[1], rng) : shorten(match[1]);
    if (quote) return { text: text.replace(match[0], `"${quote}"`), edit };
  }
  return null;
}
