/**
 * House-style rewrites: the same facts in an outlet's own conventions. None of them changes a fact, so the engine
 * should treat all of them as the same words (kept or paraphrased, never a number or name change).
 */
import type { Rng } from './prng';

export interface StyleRule {
  name: string;
  apply(text: string): string;
}

const MONTHS: Record<string, string> = {
  Jan: 'January', Feb: 'February', Mar: 'March', Apr: 'April', Jun: 'June', Jul: 'July', Aug: 'August',
  Sep: 'September', Sept: 'September', Oct: 'October', Nov: 'November', Dec: 'December',
};

const AMERICAN_TO_BRITISH: Record<string, string> = {
  labor: 'labour', favor: 'favour', favorable: 'favourable', center: 'centre', program: 'programme',
  organization: 'organisation', organizations: 'organisations', privatization: 'privatisation', analyze: 'analyse',
  recognize: 'recognise', recognized: 'recognised', authorized: 'authorised', criticized: 'criticised',
  criticizing: 'criticising', defense: 'defence', offense: 'offence', license: 'licence', behavior: 'behaviour',
  fiber: 'fibre', liter: 'litre', liters: 'litres', jewelry: 'jewellery', traveled: 'travelled',
  canceled: 'cancelled', modernization: 'modernisation', stabilize: 'stabilise', subsidize: 'subsidise',
};

function replaceWords(text: string, table: Record<string, string>): string {
  return text.replace(/\b[A-Za-z]+\b/g, (word) => {
    const lower = word.toLowerCase();
    const replacement = table[lower];
    if (!replacement) return word;
    return word[0] === word[0].toUpperCase() ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
  });
}

export const STYLE_RULES: readonly StyleRule[] = [
  { name: 'US', apply: (t) => t.replace(/\bU\.S\.(?=\s|,|$)/g, 'US') },
  { name: 'UK', apply: (t) => t.replace(/\bU\.K\.(?=\s|,|$)/g, 'UK') },
  { name: 'percent', apply: (t) => t.replace(/\bpct\b/g, 'percent') },
  { name: 'percent-sign', apply: (t) => t.replace(/(\d) pct\b/g, '$1%') },
  // "5.5 mln dlrs" -> "$5.5 million" before the bare unit rules run.
  { name: 'dollars', apply: (t) => t.replace(/(\d[\d,.]*) (mln|bln)? ?dlrs\b/g, (_, n, unit) => `$${n}${unit ? ` ${unit}` : ''}`) },
  { name: 'million', apply: (t) => t.replace(/\bmln\b/g, 'million') },
  { name: 'billion', apply: (t) => t.replace(/\bbln\b/g, 'billion') },
  { name: 'thousands', apply: (t) => t.replace(/\b\d{1,3}(?:,\d{3})+\b/g, (n) => n.replace(/,/g, '')) },
  { name: 'months', apply: (t) => t.replace(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?= \d)/g, (m) => MONTHS[m.replace('.', '')]) },
  { name: 'british', apply: (t) => replaceWords(t, AMERICAN_TO_BRITISH) },
];

/** An outlet's style: each rule with probability `share`, in the table's order ("dollars" before "million"). */
export function houseStyle(rng: Rng, share = 0.7): StyleRule[] {
  const rules = STYLE_RULES.filter(() => rng.chance(share));
  // "percent" and "percent-sign" compete for the same words; an outlet uses one of them.
  return rules.some((r) => r.name === 'percent') ? rules.filter((r) => r.name !== 'percent-sign') : rules;
}

export function applyStyle(text: string, rules: readonly StyleRule[]): string {
  return rules.reduce((current, rule) => rule.apply(current), text);
}
