/**
 * What a number measures, read from the currency sign before it or the word after it: a distance, a weight, a
 * share, an amount of one currency, a calendar year, or a count of some noun. Two numbers are one figure printed
 * two ways only when they measure the same kind of thing; "3 km" and "two miles" are one distance converted.
 */
import { STOPWORDS } from './stopwords';
import { isTimeFigure, wordKey, type Token } from './tokens';

interface Unit {
  dimension: string;
  /** Size in the dimension's base unit (metres, kilograms, days...); currencies are not converted. */
  factor: number;
}

function units(dimension: string, factor: number, words: string): Array<[string, Unit]> {
  return words.split(' ').map((word) => [word, { dimension, factor }]);
}

const UNIT_WORDS = new Map<string, Unit[]>();
for (const [word, unit] of [
  ...units('length', 1000, 'km kms kilometre kilometres kilometer kilometers'),
  ...units('length', 1609.344, 'mile miles'),
  ...units('length', 1, 'metre metres meter meters'),
  ...units('length', 0.3048, 'foot feet ft'),
  ...units('length', 0.9144, 'yard yards'),
  ...units('length', 0.0254, 'inch inches'),
  ...units('length', 0.01, 'cm centimetre centimetres centimeter centimeters'),
  ...units('mass', 1, 'kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes'),
  ...units('mass', 0.45359237, 'pound pounds lb lbs'),
  ...units('mass', 0.0283495, 'ounce ounces oz'),
  ...units('mass', 1000, 'tonne tonnes'),
  ...units('mass', 907.18474, 'ton tons'),
  ...units('area', 4046.8564, 'acre acres'),
  ...units('area', 10000, 'hectare hectares'),
  ...units('volume', 1, 'litre litres liter liters'),
  ...units('volume', 3.785411784, 'gallon gallons'),
  ...units('speed', 1.609344, 'mph'),
  ...units('speed', 1, 'kph kmh'),
  ...units('speed', 1.852, 'knot knots'),
  ...units('time', 1 / 24, 'hour hours'),
  ...units('time', 1, 'day days'),
  ...units('time', 7, 'week weeks'),
  ...units('time', 30.44, 'month months'),
  ...units('time', 365.25, 'year years'),
  ...units('time', 3652.5, 'decade decades'),
  ...units('percent', 1, 'percent pct % per percentage'),
  ...units('dollar', 1, 'dollar dollars'),
  ...units('dollar', 0.01, 'cent cents'),
  ...units('pound sterling', 1, 'pound pounds sterling'),
  ...units('pound sterling', 0.01, 'pence'),
  ...units('euro', 1, 'euro euros'),
  ...units('yen', 1, 'yen'),
  ...units('yuan', 1, 'yuan renminbi'),
  ...units('franc', 1, 'franc francs'),
  ...units('rupee', 1, 'rupee rupees'),
  ...units('peso', 1, 'peso pesos'),
  ...units('rouble', 1, 'rouble roubles ruble rubles'),
] as Array<[string, Unit]>) {
  UNIT_WORDS.set(word, [...(UNIT_WORDS.get(word) ?? []), unit]);
}

const SIGNS = new Map<string, Unit>([
  ['£', { dimension: 'pound sterling', factor: 1 }],
  ['€', { dimension: 'euro', factor: 1 }],
  ['¥', { dimension: 'yen', factor: 1 }],
]);
const DOLLAR: Unit = { dimension: 'dollar', factor: 1 };

/** The units a number may be in ("pounds" weigh or pay); empty when nothing says. */
function unitsOf(token: Token): Unit[] {
  const unit = token.unit?.toLowerCase() ?? '';
  if (unit.endsWith('$')) return [DOLLAR];
  const sign = SIGNS.get(unit);
  return sign ? [sign] : (UNIT_WORDS.get(unit) ?? []);
}

/** "2002", "1983": a four-digit number of the last or this century, with nothing saying it is an amount. */
function isYear(token: Token): boolean {
  return /^(?:19|20)\d\d$/.test(token.raw) && unitsOf(token).length === 0;
}

/** The noun a count is of ("4,500 troops"), synonyms folded; undefined when no common noun follows the number. */
function countedNoun(token: Token): string | undefined {
  const noun = token.unit;
  if (!noun || !/^\p{Ll}{2,}$/u.test(noun) || STOPWORDS.has(noun) || unitsOf(token).length > 0) return undefined;
  return wordKey(noun);
}

function isShare(units: Unit[]): boolean {
  return units.length > 0 && units.every((unit) => unit.dimension === 'percent');
}

function isMonth(token: Token): boolean {
  return token.key.startsWith('month:');
}

/**
 * The two numbers could be the same figure's: not a month against a count, a year against an amount, a decade or a
 * clock time against a plain number ("94" / "his 90s"), a share against anything else, two units of different things
 * (pounds against dollars), or counts of different nouns ("three-term" against "88,747 votes").
 */
export function measureAlike(a: Token, b: Token): boolean {
  if (isMonth(a) !== isMonth(b) || isYear(a) !== isYear(b) || isTimeFigure(a.raw) !== isTimeFigure(b.raw)) return false;
  const unitsA = unitsOf(a);
  const unitsB = unitsOf(b);
  // A share is never a count or an amount: "only six have" / "only 1.5 per cent have".
  if (isShare(unitsA) !== isShare(unitsB)) return false;
  if (unitsA.length > 0 && unitsB.length > 0 && !unitsA.some((u) => unitsB.some((v) => u.dimension === v.dimension))) {
    return false;
  }
  const nounA = countedNoun(a);
  const nounB = countedNoun(b);
  return nounA === undefined || nounB === undefined || nounA === nounB;
}

function valueOf(token: Token): number {
  return Number(token.key.slice(1));
}

/**
 * Half the last written digit's place, in the number's value ("2" ±0.5, "1.86" ±0.005, "150" ±5, "4.6 billion"
 * ±50 million): how far a rounded figure may be off.
 */
function roundingOf(token: Token): number {
  const digits = token.raw.replace(/,/g, '');
  const written = Number(digits);
  const scale = Number.isFinite(written) && written !== 0 ? valueOf(token) / written : 1;
  const decimals = /\.(\d+)/.exec(digits)?.[1].length;
  if (decimals !== undefined) return 0.5 * 10 ** -decimals * scale;
  const zeros = /[1-9](0*)$/.exec(digits)?.[1].length ?? 0;
  return 0.5 * 10 ** zeros * scale;
}

/**
 * Converting between metric and imperial measures rounds, and the result is often rounded again: within this share,
 * two converted measures are one. Cents to dollars or days to weeks convert exactly and get no slack.
 */
const CONVERSION_SLACK = 0.06;
const MEASURES = new Set(['length', 'mass', 'area', 'volume', 'speed']);

/** The values of two numbers that are amounts (not years, months or times); undefined otherwise. */
function amounts(a: Token, b: Token): [number, number] | undefined {
  if (isYear(a) || isYear(b) || isMonth(a) || isMonth(b)) return undefined;
  const valueA = valueOf(a);
  const valueB = valueOf(b);
  return Number.isFinite(valueA) && Number.isFinite(valueB) ? [valueA, valueB] : undefined;
}

/** One amount in two units of a dimension: "3 km" and "two miles", "220 pounds" and "100 kg". */
export function sameAmountConverted(a: Token, b: Token): boolean {
  const values = amounts(a, b);
  if (!values) return false;
  const [valueA, valueB] = values;
  for (const u of unitsOf(a)) {
    for (const v of unitsOf(b)) {
      if (u.dimension !== v.dimension || u.factor === v.factor) continue;
      const converted = (valueA * u.factor) / v.factor;
      const rounding = Math.max(roundingOf(b), (roundingOf(a) * u.factor) / v.factor);
      const slack = MEASURES.has(u.dimension) ? CONVERSION_SLACK * Math.max(converted, valueB) : 0;
      const allowed = Math.max(slack, rounding);
      if (Math.abs(converted - valueB) <= allowed) return true;
    }
  }
  return false;
}

/** Significant digits as written: "114" 3, "6.3" 2, "4,500" 2, "1" 1, "0.5" 1. */
function significantDigits(token: Token): number {
  const digits = token.raw.replace(/[^\d.]/g, '');
  const [whole, fraction] = digits.split('.');
  if (fraction !== undefined) return `${whole}${fraction}`.replace(/^0+/, '').length;
  return whole.replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * The page's figure is the wire's rounded or cut short: "$6.32 billion" as "$6.3 billion", "114.3 million" as "114
 * million", "1,121.96" as "1,121". That is house style, not a changed number. Only when the page's figure keeps two
 * significant digits ("1 million" for "1.4 million" says something else) and only this way round: a page more
 * precise than its wire has the figure from somewhere else.
 */
export function sameAmountRounded(source: Token, page: Token): boolean {
  const values = amounts(source, page);
  if (!values || !measureAlike(source, page)) return false;
  const [valueSource, valuePage] = values;
  if (valueSource === valuePage) return false;
  const half = roundingOf(page);
  if (half <= roundingOf(source) || significantDigits(page) < 2) return false;
  const off = Math.abs(valueSource) - Math.abs(valuePage);
  const rounded = Math.abs(off) <= half * (1 + 1e-9);
  const cut = off >= 0 && off < 2 * half;
  return Math.sign(valueSource) === Math.sign(valuePage) && (rounded || cut);
}
