/**
 * When two capitalised words name the same thing, and when a capitalised word is no name at all. A page may spell a
 * name differently ("Aids"/"AIDS", "Tenn."/"Tennessee", "Tim"/"Timothy"), use a country's adjective ("U.S."/
 * "American", "Iraqi"/"Iraq"), spell an acronym out ("ABA"/"American Basketball Association"), give a title
 * ("the Prime Minister") or describe someone ("the Connecticut Democrat") rather than name them.
 */
import type { Token } from './tokens';

/** Titles and roles say what someone is, not who ("Adm.", "Senator", "Prime Minister"); so do legal forms ("Inc"). */
const TITLES = new Set(
  (
    'mr mrs ms miss dr sir dame lord lady rev reverend father sister brother pope cardinal archbishop bishop rabbi ' +
    'imam sheikh king queen prince princess emperor president vice premier prime minister chancellor secretary ' +
    'senator sen representative rep congressman congresswoman governor gov lieutenant lt mayor judge justice ' +
    'attorney general gen admiral adm colonel col major maj captain capt commander cmdr sergeant sgt corporal ' +
    'private officer chief director chairman chairwoman chair ambassador commissioner spokesman spokeswoman ' +
    'democrat republican jr sr inc corp co ltd plc llc'
  ).split(' '),
);

export function isTitle(raw: string): boolean {
  return TITLES.has(raw.toLowerCase().replace(/\./g, ''));
}

/** Countries and the adjectives or short forms that are not spelled from them ("U.S."/"American"). */
const PLACE_GROUPS = [
  'us usa america american americans',
  'uk britain british briton britons',
  'china chinese',
  'france french',
  'netherlands holland dutch',
  'spain spanish',
  'switzerland swiss',
  'sweden swedish swede swedes',
  'denmark danish dane danes',
  'philippines filipino filipinos',
  'greece greek greeks',
  'turkey turkish turk turks',
  'poland polish pole poles',
  'ireland irish',
  'wales welsh',
  'scotland scottish scot scots',
  'iceland icelandic',
  'finland finnish finn finns',
  'norway norwegian norwegians',
];
const PLACE_GROUP = new Map(PLACE_GROUPS.flatMap((group, index) => group.split(' ').map((word) => [word, index])));

const plainCache = new Map<string, string>();

/** The name without case, possessive and dots; cached, as names repeat and are compared pairwise. */
function plain(raw: string): string {
  let out = plainCache.get(raw);
  if (out === undefined) {
    out = raw.toLowerCase().replace(/['’]s$/, '').replace(/[.'’]/g, '');
    if (plainCache.size < 50_000) plainCache.set(raw, out);
  }
  return out;
}

/** "Iraq"/"Iraqi", "Korea"/"Korean", "Japan"/"Japanese": a place and its adjective. */
const ADJECTIVE_ENDING = /^(?:i|n|an|ian|ese|ish)$/;

/**
 * One name spelled two ways: case ("Aids"/"AIDS"), a country and its adjective ("Iraq"/"Iraqi", "U.S."/
 * "American"), an abbreviation ("Tenn."/"Tennessee"), a short given name before the same surname ("Tim Muris"/
 * "Timothy Muris", "Doug Feith"/"Douglas J. Feith"), or a contraction that keeps the first and last letters
 * ("St"/"Street").
 */
export function sameNameSpelling(a: Token, b: Token, texts: () => readonly string[]): boolean {
  const plainA = plain(a.raw);
  const plainB = plain(b.raw);
  if (plainA === plainB) return true;
  const group = PLACE_GROUP.get(plainA);
  if (group !== undefined && group === PLACE_GROUP.get(plainB)) return true;
  const [short, long] = plainA.length <= plainB.length ? [a, b] : [b, a];
  const shortPlain = plain(short.raw);
  const longPlain = plain(long.raw);
  if (shortPlain.length >= 3 && longPlain.startsWith(shortPlain)) {
    return (
      ADJECTIVE_ENDING.test(longPlain.slice(shortPlain.length)) ||
      abbreviated(short.raw, texts()) ||
      sameSurnameAfter(short, long, texts())
    );
  }
  return shortPlain.length >= 2 && shortPlain.length <= 3 && contracts(shortPlain, longPlain);
}

/** The capitalised word after a given name, past middle initials: "Feith" after "Douglas" in "Douglas J. Feith". */
function surnameAfter(token: Token, texts: readonly string[]): string | undefined {
  if (token.next !== undefined && /^\p{Lu}\p{L}/u.test(token.next)) return token.next;
  if (token.next === undefined || !/^\p{Lu}$/u.test(token.next)) return undefined;
  const escaped = token.raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const after = new RegExp(`(?<!\\p{L})${escaped}\\s+(?:\\p{Lu}\\.?\\s+){1,2}(\\p{Lu}\\p{L}+)`, 'u');
  for (const text of texts) {
    const match = after.exec(text);
    if (match) return match[1];
  }
  return undefined;
}

/** A short given name and a long one before the same surname ("Doug Feith", "Douglas J. Feith"). */
function sameSurnameAfter(short: Token, long: Token, texts: readonly string[]): boolean {
  const surname = surnameAfter(short, texts);
  return surname !== undefined && surname === surnameAfter(long, texts);
}

/** Written with a full stop after it somewhere in the texts ("Tenn.", "Adm."), as abbreviations are. */
function abbreviated(raw: string, texts: readonly string[]): boolean {
  return texts.some((text) => {
    for (let at = text.indexOf(raw); at >= 0; at = text.indexOf(raw, at + 1)) {
      if (text[at + raw.length] === '.' && !/\p{L}/u.test(text[at - 1] ?? ' ')) return true;
    }
    return false;
  });
}

/** "St" for "Street": the first and last letters kept, the others a selection of the long form's, in order. */
function contracts(short: string, long: string): boolean {
  if (short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  let i = 0;
  for (const char of long) if (char === short[i]) i++;
  return i === short.length;
}

const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'at', 'on', 'de', 'del', 'la', '&']);

/** Runs of capitalised words, joined by connectors: "Bureau of Alcohol, Tobacco, Firearms and Explosives". */
export function capitalisedRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  const words = text.split(/[\s,;:()"]+/).map((word) => word.replace(/^[^\p{L}&]+|[^\p{L}.]+$/gu, ''));
  words.forEach((word, i) => {
    if (/^\p{Lu}/u.test(word)) run.push(word);
    else if (!(run.length > 0 && CONNECTORS.has(word) && /^\p{Lu}/u.test(words[i + 1] ?? ''))) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** "IAEA", "I.A.E.A.": two to six capitals. */
export function isAcronym(raw: string): boolean {
  return /^[A-Z]{2,6}$/.test(raw.replace(/\./g, ''));
}

/**
 * `raw` is an acronym of a name spelled out in these runs of capitalised words (see capitalisedRuns), and `word` is
 * a word of that name ("Agency" in "International Atomic Energy Agency"). A word elsewhere is not: "U.S." does not
 * make "Airlines" its own.
 */
export function acronymOf(raw: string, word: string, runs: readonly string[][]): boolean {
  if (!isAcronym(raw)) return false;
  const acronym = raw.replace(/\./g, '');
  const member = plain(word);
  return runs.some((run) => {
    const initials = run.filter((w) => !CONNECTORS.has(w.toLowerCase())).map((w) => w[0]).join('');
    return initials.includes(acronym) && run.some((w) => plain(w) === member);
  });
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The name at word `position` of `words` (the sentence's words) opens with an article: "the Connecticut Democrat",
 * "The Prime Minister" describe someone rather than name them.
 */
export function describedByArticle(words: readonly string[], position: number): boolean {
  for (let i = position - 1; i >= 0; i--) {
    const word = words[i];
    if (ARTICLES.has(word.toLowerCase())) return true;
    if (!/^\p{Lu}/u.test(word)) return false;
  }
  return false;
}
