/**
 * Rule-based paraphrase of one wire sentence: synonyms, the reporting clause moved ("X said Y" <-> "Y, X said"),
 * agentless passive for simple "X said it bought the Y", and clauses reordered around commas. Quotes are left alone.
 */
import type { Rng } from './prng';
import { outsideQuotes } from './quoted';
import { capitalize, demote } from './structure';
import { SYNONYMS } from './synonyms';

const SYNONYM_PATTERN = new RegExp(
  `\\b(${Object.keys(SYNONYMS).sort((a, b) => b.length - a.length).join('|')})\\b`,
  'gi',
);

function matchCase(original: string, replacement: string): string {
  return original[0] === original[0].toUpperCase() ? capitalize(replacement) : replacement;
}

/** Swaps up to `max` words (outside quotes) for their synonyms. */
export function swapSynonyms(text: string, rng: Rng, max = 2): string {
  let budget = max;
  return outsideQuotes(text, (segment) =>
    segment.replace(SYNONYM_PATTERN, (word) => {
      if (budget === 0 || !rng.chance(0.7)) return word;
      budget--;
      return matchCase(word, SYNONYMS[word.toLowerCase()]);
    }),
  );
}

const PARTICIPLE_VERBS =
  'bought|sold|acquired|completed|signed|approved|raised|cut|reduced|increased|lowered|won|received|suspended|closed|opened|extended|filed';

/** Structural rewrites; each returns null when the sentence does not have its shape. */
export const STRUCTURE_RULES: ReadonlyArray<(text: string) => string | null> = [
  // "The company said it sold its unit for 5 mln dlrs." -> "The company said its unit was sold for 5 mln dlrs."
  (text) => {
    const m = new RegExp(`^(.{2,60}?) said (?:that )?(?:it|they) (${PARTICIPLE_VERBS}) ((?:the|a|an|its|their) [^,;"]+?)([ ,](?:for|to|in|at|from|on|with|under)\\b[^"]*)?\\.$`).exec(text);
    if (!m) return null;
    const [, subject, verb, object, rest = ''] = m;
    const be = /s$/.test(object.split(' ').pop() ?? '') ? 'were' : 'was';
    return `${subject} said ${object} ${be} ${verb}${rest}.`;
  },
  // "Acme Corp acquired the Widget unit." -> "The Widget unit was acquired by Acme Corp."
  (text) => {
    const m = new RegExp(`^([A-Z][\\w&.'-]*(?: [A-Z][\\w&.'-]*){0,4}) (${PARTICIPLE_VERBS}) ((?:the|a|an) [^,;"]+?)\\.$`).exec(text);
    if (!m) return null;
    return `${capitalize(m[3])} was ${m[2]} by ${m[1]}.`;
  },
  // "The company said it would sell the unit." -> "It would sell the unit, the company said."
  (text) => {
    const m = /^([^,"]{2,60}?) said (?:that )?([^"]{20,})\.$/.exec(text);
    const subject = m && demote(m[1]);
    return m && subject ? `${capitalize(m[2])}, ${subject} said.` : null;
  },
  // "It would sell the unit, the company said." -> "The company said it would sell the unit."
  (text) => {
    const m = /^([^"]{20,}), ([^,"]{2,60}?) said\.$/.exec(text);
    const clause = m && demote(m[1]);
    return m && clause ? `${capitalize(m[2])} said ${clause}.` : null;
  },
  // "In 1986, the company earned 5 mln dlrs." -> "The company earned 5 mln dlrs in 1986."
  (text) => {
    const m = /^(In|On|At|During|For|After|Before|Since|Under) ([^,"]{3,40}), ([^"]{15,})\.$/.exec(text);
    if (!m) return null;
    return `${capitalize(m[3])} ${m[1].toLowerCase()} ${m[2]}.`;
  },
  // "Prices rose, although demand was weak." -> "Although demand was weak, prices rose."
  (text) => {
    const m = /^([^"]{15,}), (although|while|because|after|before|since|as|when|if) ([^,"]{10,})\.$/.exec(text);
    const main = m && demote(m[1]);
    return m && main ? `${capitalize(m[2])} ${m[3]}, ${main}.` : null;
  },
];

/** A paraphrase of the sentence, or null when no rule changed it. */
export function paraphrase(text: string, rng: Rng): string | null {
  let result = text;
  for (const rule of rng.shuffle(STRUCTURE_RULES)) {
    const rewritten = rule(result);
    if (rewritten) {
      result = rewritten;
      break;
    }
  }
  result = swapSynonyms(result, rng);
  return result === text ? null : result;
}
