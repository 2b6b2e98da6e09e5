/**
 * The words of a quotation as compared with another printing of it. Only spelling conventions are folded, never
 * wording: contractions ("it's"/"it is", "dont"/"do not"), "per cent"/"percent"/"%", ordinals ("11th"/"11"), small
 * numbers ("ten"/"10"), dotted initials ("F.T.C."/"FTC"), months ("Sept."/"September", "11 September"/"September
 * 11"), wire abbreviations ("pct", "$18"/"18 dlrs", "mln"), irregular verb forms ("chose"/"chosen"), and compounds
 * written closed, open or hyphenated ("head-kicker"/"head kicker").
 */
import { normaliseHouseStyle } from './normalise';

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bwon['’]t\b/g, 'will not'],
  [/\bcan['’]t\b|\bcannot\b/g, 'can not'],
  [/\bshan['’]t\b/g, 'shall not'],
  [/n['’]t\b/g, ' not'],
  // The same negations typed without their apostrophe ("dont", "isnt"): no other English words are spelled so.
  [/\b(do|does|did|is|was|are|were|could|would|should|has|have|had|need|must)nt\b/g, '$1 not'],
  [/['’]re\b/g, ' are'],
  [/['’]ve\b/g, ' have'],
  [/['’]ll\b/g, ' will'],
  [/['’]m\b/g, ' am'],
  [/['’]d\b/g, ' would'],
  // After a pronoun "'s" is "is"; elsewhere it is a possessive and goes with the other apostrophes.
  [/\b(it|he|she|that|there|here|what|who|where|how)['’]s\b/g, '$1 is'],
  [/\blet['’]s\b/g, 'let us'],
];

const MONTH_WORDS = new Map<string, string>(
  ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
    .flatMap((month) => [[month, month], [month.slice(0, 3), month], [month.slice(0, 4), month]]),
);

/** Past tenses and participles the stemmer cannot reach, folded to one form: "chose"/"chosen"/"choose". */
const IRREGULAR_VERBS = [
  'arise arose arisen', 'be was were been', 'bear bore borne', 'become became', 'begin began begun', 'bring brought',
  'build built', 'buy bought', 'catch caught', 'choose chose chosen', 'come came', 'do did done', 'draw drew drawn',
  'drive drove driven', 'eat ate eaten', 'fall fell fallen', 'feel felt', 'fight fought', 'find found',
  'fly flew flown',
  'forget forgot forgotten', 'get got gotten', 'give gave given', 'go went gone', 'grow grew grown', 'have had',
  'hear heard', 'hold held', 'keep kept', 'know knew known', 'lead led', 'leave left', 'lose lost', 'make made',
  'mean meant', 'meet met', 'pay paid', 'rise rose risen', 'run ran', 'say said', 'see saw seen', 'seek sought',
  'sell sold', 'send sent', 'shake shook shaken', 'show showed shown', 'sit sat', 'speak spoke spoken', 'spend spent',
  'stand stood', 'steal stole stolen', 'strike struck stricken', 'take took taken', 'teach taught', 'tell told',
  'think thought', 'throw threw thrown', 'understand understood', 'wake woke woken', 'wear wore worn', 'win won',
  'write wrote written',
];
const VERB_BASE = new Map<string, string>(
  IRREGULAR_VERBS.flatMap((forms) => {
    const [base, ...others] = forms.split(' ');
    return others.map((form) => [form, base]);
  }),
);

/** Small numbers as newspapers spell them ("ten", "10"): house style decides, not the speaker. ("One" is a pronoun.) */
const NUMBER_WORDS = new Map<string, string>(
  ['two three four five six seven eight nine ten eleven', 'twelve thirteen fourteen fifteen sixteen seventeen']
    .concat('eighteen nineteen twenty')
    .join(' ')
    .split(' ')
    .map((word, index) => [word, String(index + 2)]),
);

/** Wire abbreviations of units and scales ("pct", "dlrs", "mln"), and "$18" read as "18 dollars". */
const HOUSE_STYLE = new Map(
  Object.entries({
    pct: 'percent', dlr: 'dollars', dlrs: 'dollars', dollar: 'dollars', mln: 'million', mn: 'million',
    bln: 'billion', bn: 'billion', trln: 'trillion',
  }),
);

function fold(word: string): string {
  // Maps, not objects: a quote may say "constructor".
  return MONTH_WORDS.get(word) ?? VERB_BASE.get(word) ?? NUMBER_WORDS.get(word) ?? HOUSE_STYLE.get(word) ?? word;
}

/**
 * The words of a quote as compared: case, punctuation, apostrophes, hyphens, house style and editorial insertions
 * in brackets do not make a quote different.
 */
export function quoteWords(text: string): string[] {
  let plain = normaliseHouseStyle(text)
    .replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
    // An insertion an ellipsis cut through ("This (the note... assets") is still an insertion.
    .replace(/[[(][^\])]*$|^[^[(]*[\])]/g, ' ')
    .replace(/\b(?:\p{L}\.){2,}/gu, (initials) => initials.replace(/\./g, ''))
    .replace(/\$\s?(\d[\d.,]*(?:\s(?:million|billion|mln|bln))?)/g, '$1 dollars')
    .toLowerCase();
  for (const [pattern, replacement] of CONTRACTIONS) plain = plain.replace(pattern, replacement);
  plain = plain
    .replace(/\bper\s+cent\b|%/g, ' percent ')
    .replace(/\b(\d+)(?:st|nd|rd|th)\b/g, '$1')
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .replace(/['’]s\b|['’]/g, '');
  return monthFirst((plain.match(/[\p{L}\p{N}]+/gu) ?? []).map(fold));
}

const MONTHS = new Set(MONTH_WORDS.values());

/** Dates month first: "11 September" and "September 11" are house style, not the speaker's words. */
function monthFirst(words: string[]): string[] {
  for (let i = 0; i + 1 < words.length; i++) {
    if (/^(?:[1-9]|[12]\d|3[01])$/.test(words[i]) && MONTHS.has(words[i + 1])) [words[i], words[i + 1]] = [words[i + 1], words[i]];
  }
  return words;
}

/**
 * Grammatical glue: words an outlet may add, drop or change in a quote (a translation picks its own articles and
 * prepositions) without changing what the speaker said. Every other word, function words included, is the speaker's:
 * a modal ("would leave us"), a quantifier ("many nations"), a degree ("more constructive"), a negation, a pronoun
 * ("we"/"they"), a connective ("but", "if") or a word of time or direction ("before", "up") changed is an altered quote.
 */
export const QUOTE_GLUE = new Set(
  (
    'a an the that which who whom whose be am is are was were been being do does did have has had having ' +
    'of to in on at for by with from into onto upon about via and as there'
  ).split(' '),
);

/**
 * An editorial mark inside a quote: an ellipsis ("...", ". . .", "\u2026") for words left out, or square brackets
 * around the editor's own words ("[the company]", "[...]").
 */
const EDITORIAL_MARK = /\[[^\]]*\]|\.(?:\s?\.){2,}|\u2026/;

/**
 * The words of a quote between its editorial marks, one list per stretch: a quote without marks is one list, and a
 * mark that opens or closes a quote leaves an empty first or last list.
 */
export function quoteParts(text: string): string[][] {
  return text.split(EDITORIAL_MARK).map(quoteWords);
}

const LONGEST_COMPOUND = 3;

/** `words` with runs of up to three words merged where `other` writes them as one word ("head kicker"/"headkicker"). */
function mergeInto(words: string[], other: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let merged = 1;
    for (let n = Math.min(LONGEST_COMPOUND, words.length - i); n > 1 && merged === 1; n--) {
      if (other.has(words.slice(i, i + n).join(''))) merged = n;
    }
    out.push(words.slice(i, i + merged).join(''));
    i += merged;
  }
  return out;
}

/** Two word lists with each side's open compounds closed where the other side writes them closed. */
export function closeCompounds(a: string[], b: string[]): [string[], string[]] {
  return [mergeInto(a, new Set(b)), mergeInto(b, new Set(a))];
}

/** `closeCompounds` for quotes in parts (see quoteParts): each part closed against all the other quote's words. */
export function closePartCompounds(a: string[][], b: string[][]): [string[][], string[][]] {
  const [inA, inB] = [new Set(a.flat()), new Set(b.flat())];
  return [a.map((part) => mergeInto(part, inB)), b.map((part) => mergeInto(part, inA))];
}
