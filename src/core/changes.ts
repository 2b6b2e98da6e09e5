/**
 * Changes that matter inside aligned sentences: a quote whose words differ from the wire's (or that became
 * indirect speech; see quote-changes.ts), a number that differs, a name that differs. A figure converted to other
 * units or rounded, another spelling of a name, a title or description standing for a name are not changes; neither
 * is a number or quote the page simply cut.
 */
import type { Alignment } from './align';
import type { PreparedText, Sentence } from './document';
import { quoteChanges } from './quote-changes';
import { sameName } from './similarity';
import {
  acronymOf,
  capitalisedRuns,
  describedByArticle,
  isAcronym,
  isTitle,
  sameNameSpelling,
} from './text/name-variants';
import { isTimeFigure, surfaceWords, type Token } from './text/tokens';
import { measureAlike, sameAmountConverted, sameAmountRounded } from './text/units';
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

/** A number with the word after it, which says what it counts ("4,500 troops"); a time says that itself. */
function shown(token: Token): string {
  const counts = token.kind === 'number' && token.next !== undefined && !isTimeFigure(token.raw) && /^\p{L}/u.test(token.next);
  return counts ? `${token.raw} ${token.next}` : token.raw;
}

/** A value and the sentence it stands in. */
interface Placed {
  token: Token;
  sentence: Sentence;
}

interface ValueRule {
  isValue: (t: Token) => boolean;
  /** Two different keys naming the same thing (a transliteration, an acronym, a conversion), where that can happen. */
  same?: (a: Token, b: Token, sentences: Sentence[]) => boolean;
  /** Two slots are the same place in the sentence. */
  sameSlot: (a: Slot, b: Slot) => boolean;
  /** Two values could stand for each other at all (a distance for a distance, not for a year). */
  alike?: (a: Placed, b: Placed) => boolean;
}

/** Values of one kind present on one side only, paired when they stand in the same slot. */
function valueChanges(source: Sentence, pageGroup: Sentence[], rule: ValueRule): Array<{ source: string; page: string }> {
  const pageValues = pageGroup.flatMap((sentence) => sentence.tokens.filter(rule.isValue).map((token) => ({ token, sentence })));
  const sourceValues = source.tokens.filter(rule.isValue);
  const pageKeys = new Set(pageValues.map((v) => v.token.key));
  const sourceKeys = new Set(sourceValues.map((t) => t.key));
  const sentences = [source, ...pageGroup];
  const sameRule = rule.same;
  const same = sameRule && ((a: Token, b: Token) => sameRule(a, b, sentences));
  const unmatchedPage = pageValues.filter(
    (v) => !sourceKeys.has(v.token.key) && !(same && sourceValues.some((t) => same(t, v.token))),
  );
  const changes: Array<{ source: string; page: string }> = [];
  const used = new Set<Token>();
  for (const token of sourceValues) {
    if (pageKeys.has(token.key) || (same && pageValues.some((v) => same(token, v.token)))) continue;
    const slot = slotOf(token, source, rule.isValue);
    const twin = unmatchedPage.find(
      (v) =>
        !used.has(v.token) &&
        rule.sameSlot(slot, slotOf(v.token, v.sentence, rule.isValue)) &&
        (!rule.alike || rule.alike({ token, sentence: source }, v)),
    );
    if (!twin) continue;
    used.add(twin.token);
    changes.push({ source: shown(token), page: shown(twin.token) });
  }
  return changes;
}

/**
 * Spellings of one name: a transliteration, an adjective of a place ("Mexican"/"Mexico"), a short form, or an
 * acronym spelled out in the sentences.
 */
function sameNameToken(a: Token, b: Token, sentences: Sentence[]): boolean {
  if (sameName(a.key, b.key)) return true;
  let prefix = 0;
  while (prefix < a.key.length && a.key[prefix] === b.key[prefix]) prefix++;
  if (prefix >= 5 && prefix >= 0.7 * Math.min(a.key.length, b.key.length)) return true;
  if (sameNameSpelling(a, b, () => sentences.map((sentence) => sentence.text))) return true;
  if (!isAcronym(a.raw) && !isAcronym(b.raw)) return false;
  const runs = sentences.flatMap((sentence) => remembered(nameRuns, sentence, () => capitalisedRuns(sentence.text)));
  return acronymOf(a.raw, b.raw, runs) || acronymOf(b.raw, a.raw, runs);
}

/** Each sentence meets many values: what is read from its text is read once. */
const nameRuns = new WeakMap<Sentence, string[][]>();
const sentenceWords = new WeakMap<Sentence, string[]>();

function remembered<T>(cache: WeakMap<Sentence, T>, sentence: Sentence, read: () => T): T {
  let value = cache.get(sentence);
  if (value === undefined) {
    value = read();
    cache.set(sentence, value);
  }
  return value;
}

function described({ token, sentence }: Placed): boolean {
  return describedByArticle(remembered(sentenceWords, sentence, () => surfaceWords(sentence.text)), token.position);
}

const NUMBERS: ValueRule = {
  isValue: (t) => t.kind === 'number',
  same: (source, page) => sameAmountConverted(source, page) || sameAmountRounded(source, page),
  alike: (a, b) => measureAlike(a.token, b.token),
  // "4,500 troops" / "450 troops": one neighbour in common says they count the same thing.
  sameSlot: (a, b) => (a.after !== undefined && a.after === b.after) || (a.before !== undefined && a.before === b.before),
};

const NAMES: ValueRule = {
  // A title says what someone is, not who: "Adm. Hal Gehman" / "Admiral Harold Gehman" differ in no name.
  isValue: (t) => t.kind === 'name' && !isTitle(t.raw),
  same: sameNameToken,
  // "Lieberman said" / "the Connecticut Democrat said": a description stands in for a name without changing it.
  alike: (a, b) => described(a) === described(b),
  // Names stand in for each other only where both neighbours agree: "Smith told the summit" / "Jones told the summit".
  sameSlot: (a, b) => a.before === b.before && a.after === b.after && (a.before ?? a.after) !== undefined,
};

/** All changes between the source and the page sentences aligned to it. */
export function detectChanges(source: PreparedText, page: PreparedText, alignment: Alignment): Change[] {
  const changes: Change[] = [];
  const compared = new Set<string>();
  alignment.bySource.forEach((links, sourceIndex) => {
    if (links.length === 0) return;
    const pageIndices = [...new Set(links.map((l) => l.page))].sort((a, b) => a - b);
    // A sentence the page repeats says nothing new: compare each distinct text once.
    const group = [...new Map(pageIndices.map((i) => [page.sentences[i].text, page.sentences[i]])).values()];
    const sentence = source.sentences[sourceIndex];
    // Nor does a sentence the wire repeats (a photo caption printed twice) linked to the same page text.
    const pair = [sentence.text, ...group.map((s) => s.text)].join('\u0000');
    if (compared.has(pair)) return;
    compared.add(pair);
    const at = { sourceSentence: sourceIndex, pageSentence: pageIndices[0] };
    for (const change of quoteChanges(sentence, group)) changes.push({ kind: 'quote', ...change, ...at });
    for (const change of valueChanges(sentence, group, NUMBERS)) changes.push({ kind: 'number', ...change, ...at });
    for (const change of valueChanges(sentence, group, NAMES)) changes.push({ kind: 'name', ...change, ...at });
  });
  return changes;
}
