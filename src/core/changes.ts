/**
 * Changes that matter inside aligned sentences: a quote whose words differ from the wire's (or that became
 * indirect speech; see quote-changes.ts), a number that differs, a name that differs. Transliterated names are not
 * changes; neither is a number or quote the page simply cut.
 */
import type { Alignment } from './align';
import type { PreparedText, Sentence } from './document';
import { quoteChanges } from './quote-changes';
import { sameName } from './similarity';
import type { Token } from './text/tokens';
import { measureAlike, sameAmountConverted } from './text/units';
import type { Change } from './types';

interface Slot {
  before?: string;
  after?: string;
}

/** The nearest other tokens on each side (within a few words): what a value is "of", its slot in the sentence. */
function slotOf(token: Token, sentence: Sentence, isValue: (t: Token) => boolean): Slot {
  const index = sentence.tokens.indexOf(token);
  const near = (step: number) => {
    for (let i = index + step; i >= 0 && i < sentence.tokens.length; i += step) {
      const neighbour = sentence.tokens[i];
      if (Math.abs(neighbour.position - token.position) > 3) return undefined;
      if (!isValue(neighbour)) return neighbour.key;
    }
    return undefined;
  };
  return { before: near(-1), after: near(1) };
}

function shown(token: Token): string {
  return token.kind === 'number' && token.next && /^\p{L}/u.test(token.next) ? `${token.raw} ${token.next}` : token.raw;
}

interface ValueRule {
  isValue: (t: Token) => boolean;
  /** Two different keys naming the same thing (a transliteration, an acronym), where that can happen. */
  same?: (a: Token, b: Token, pageGroup: Sentence[]) => boolean;
  /** Two slots are the same place in the sentence. */
  sameSlot: (a: Slot, b: Slot) => boolean;
  /** Two values could stand for each other at all (a distance for a distance, not for a year). */
  alike?: (a: Token, b: Token) => boolean;
}

/** Values of one kind present on one side only, paired when they stand in the same slot. */
function valueChanges(source: Sentence, pageGroup: Sentence[], rule: ValueRule): Array<{ source: string; page: string }> {
  const pageValues = pageGroup.flatMap((sentence) => sentence.tokens.filter(rule.isValue).map((token) => ({ token, sentence })));
  const sourceValues = source.tokens.filter(rule.isValue);
  const pageKeys = new Set(pageValues.map((v) => v.token.key));
  const sourceKeys = new Set(sourceValues.map((t) => t.key));
  const same = rule.same;
  const unmatchedPage = pageValues.filter(
    (v) => !sourceKeys.has(v.token.key) && !(same && sourceValues.some((t) => same(t, v.token, pageGroup))),
  );
  const changes: Array<{ source: string; page: string }> = [];
  const used = new Set<Token>();
  for (const token of sourceValues) {
    if (pageKeys.has(token.key) || (same && pageValues.some((v) => same(token, v.token, pageGroup)))) continue;
    const slot = slotOf(token, source, rule.isValue);
    const twin = unmatchedPage.find(
      (v) =>
        !used.has(v.token) &&
        rule.sameSlot(slot, slotOf(v.token, v.sentence, rule.isValue)) &&
        (!rule.alike || rule.alike(token, v.token)),
    );
    if (!twin) continue;
    used.add(twin.token);
    changes.push({ source: shown(token), page: shown(twin.token) });
  }
  return changes;
}

/** "IAEA" for "International Atomic Energy Agency" in the same sentences. */
function acronymOf(acronym: string, sentences: Sentence[]): boolean {
  if (!/^[A-Z]{2,6}$/.test(acronym)) return false;
  return sentences.some((sentence) => {
    const initials = sentence.text.match(/\b\p{Lu}/gu)?.join('') ?? '';
    return initials.includes(acronym);
  });
}

/** Spellings of one name: a transliteration, an adjective of a place ("Mexican"/"Mexico"), or an acronym. */
function sameNameToken(a: Token, b: Token, pageGroup: Sentence[]): boolean {
  if (sameName(a.key, b.key)) return true;
  let prefix = 0;
  while (prefix < a.key.length && a.key[prefix] === b.key[prefix]) prefix++;
  if (prefix >= 5 && prefix >= 0.7 * Math.min(a.key.length, b.key.length)) return true;
  return acronymOf(a.raw, pageGroup) || acronymOf(b.raw, pageGroup);
}

const NUMBERS: ValueRule = {
  isValue: (t) => t.kind === 'number',
  same: sameAmountConverted,
  alike: measureAlike,
  // "4,500 troops" / "450 troops": one neighbour in common says they count the same thing.
  sameSlot: (a, b) => (a.after !== undefined && a.after === b.after) || (a.before !== undefined && a.before === b.before),
};

const NAMES: ValueRule = {
  isValue: (t) => t.kind === 'name',
  same: sameNameToken,
  // Names stand in for each other only where both neighbours agree: "Smith told the summit" / "Jones told the summit".
  sameSlot: (a, b) => a.before === b.before && a.after === b.after && (a.before ?? a.after) !== undefined,
};

/** All changes between the source and the page sentences aligned to it. */
export function detectChanges(source: PreparedText, page: PreparedText, alignment: Alignment): Change[] {
  const changes: Change[] = [];
  alignment.bySource.forEach((links, sourceIndex) => {
    if (links.length === 0) return;
    const pageIndices = [...new Set(links.map((l) => l.page))].sort((a, b) => a - b);
    // A sentence the page repeats says nothing new: compare each distinct text once.
    const group = [...new Map(pageIndices.map((i) => [page.sentences[i].text, page.sentences[i]])).values()];
    const sentence = source.sentences[sourceIndex];
    const at = { sourceSentence: sourceIndex, pageSentence: pageIndices[0] };
    for (const change of quoteChanges(sentence, group)) changes.push({ kind: 'quote', ...change, ...at });
    for (const change of valueChanges(sentence, group, NUMBERS)) changes.push({ kind: 'number', ...change, ...at });
    for (const change of valueChanges(sentence, group, NAMES)) changes.push({ kind: 'name', ...change, ...at });
  });
  return changes;
}
