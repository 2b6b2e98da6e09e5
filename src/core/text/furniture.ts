/**
 * Wire and page furniture that is not story text: datelines, credits, bylines, trailers, related-link prompts,
 * captions. Removing it keeps an outlet's own dateline or a wire trailer from counting as added or cut story text.
 * Whole paragraphs are dropped only when they match a furniture pattern entirely; inline credits are cut out
 * (inline-credits.ts).
 */
import { AGENCY_PATTERN } from './agencies';
import { stripInlineCredits } from './inline-credits';

const A = `(?:${AGENCY_PATTERN})`;
/** Who a photo is credited to: an agency (as printed, or in capitals, "REUTERS") or a picture agency. */
const PHOTO_AGENCY = `(?:${AGENCY_PATTERN}|${AGENCY_PATTERN.toUpperCase()}|Getty Images|Getty)`;
/** A person's name as a credit prints it: one to four capitalised words. */
const NAME = String.raw`\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){0,3}`;
/**
 * A photo credit under a picture: "Jorge Silva / AP", "(Brendan Smialowski | AFP | Getty Images)",
 * "REUTERS/Kevin Lamarque", "(AP Photo/Markus Schreiber)", "Markus Schreiber AP Photo",
 * "(Aleksi Tuomola/Lehtikuva via AP)", "PA via AP Andrew Milligan". The name is capitalised words only, so
 * "Reuters/Ipsos polling showed..." is no credit.
 */
const PHOTO_CREDIT =
  String.raw`\(?(?:${PHOTO_AGENCY}(?:\s+Photo)?\s*/\s*${NAME}|${NAME}\s*[/|]\s*${PHOTO_AGENCY}(?:\s*[/|]\s*${PHOTO_AGENCY})*` +
  String.raw`|${NAME}\s+${PHOTO_AGENCY}\s+Photo|${NAME}\s*/\s*${NAME}\s+via\s+${PHOTO_AGENCY}` +
  String.raw`|${PHOTO_AGENCY}\s+via\s+${PHOTO_AGENCY}\s+${NAME})\)?\.?`;
/**
 * Reuters' old sign-off, "REUTER" ("REUTER...", "REUTER^M" in Reuters-21578's transmissions): alone in a paragraph,
 * or after the last sentence of one, as a fifth of Reuters-21578's stories end. Only there: "Reuter" is also a
 * surname.
 */
const REUTER = String.raw`reuters?(?:\.{3}|\^m)?`;
const SIGN_OFF = new RegExp(`^${REUTER}$`, 'i');
const TRAILING_SIGN_OFF = new RegExp(String.raw`(?<=[.!?"”')\]>])\s+${REUTER}\s*$`, 'i');

/** A photo credit closing a caption paragraph, after the caption's last sentence. */
const TRAILING_PHOTO_CREDIT = new RegExp(String.raw`(?<=[.!?"”)])\s+${PHOTO_CREDIT}$`, 'u');
const PHOTO_CREDIT_PARAGRAPH = new RegExp(`^${PHOTO_CREDIT}$`, 'u');
const CREDIT_WORDS = new RegExp(String.raw`${PHOTO_AGENCY}|\b(?:Photo|via)\b|[()|/.]`, 'gu');

/** The photographer a credit names ("Mel Evans" in "(AP Photo/Mel Evans)"). */
function creditedName(credit: string): string {
  return credit.replace(CREDIT_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?`;
/** A clock time ("2:20 p.m.", "10:09 am ET"), a weekday, or a date ("July 16, 2018", "16 July 2018", "07/15/2018"). */
const STAMP_PART =
  String.raw`\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?(?:\s+[a-z]{2,4}\b)?|${WEEKDAY}` +
  String.raw`|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+${MONTH}\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}`;

/** Time stamps in a row, as a page prints them: "July 15, 2018 at 9:58 AM", "Jul 16, 2018 at 9:56 AM Jul 16, ...". */
const STAMP = String.raw`(?:${STAMP_PART}|${MONTH}\s+\d{1,2})`;
const STAMPS = String.raw`${STAMP}(?:(?:[\s,|–-]+|\s+(?:at|on)\s+)${STAMP}){0,5}`;
/**
 * Who a publication line names: capitalised words, commas and "and" ("Jill Colvin, Associated Press", "USA TODAY").
 * Tested apart, case-sensitive (a `u` pattern with `i` takes \p{Lu} for any letter): "The report was published on
 * July 16" is a sentence.
 */
const NAMES_ONLY = new RegExp(String.raw`^\p{Lu}[\p{L}&.'-]*(?:(?:,\s*|\s+and\s+|\s+)\p{Lu}[\p{L}&.'-]*){0,7},?$`, 'u');
const PUBLICATION = /^(.{0,120}?)\s*\b(?:originally\s+)?(?:posted|published|updated|last updated)\b(.*)$/i;
const STAMPS_AFTER = new RegExp(String.raw`^(?:\s+(?:at|on))?(?:\s+${STAMPS})?\s*[.!]?$`, 'i');
const BYLINE_STAMP = new RegExp(String.raw`^by\s+(.{1,120}?)\s+${STAMPS}(?:\s+(?:email the author|follow\s+@?\w+))?$`, 'i');

/**
 * "USA TODAY Published 5:57 a.m. ET July 16, 2018", "Politico Posted at 9:40 am on July 16, 2018", "Originally
 * published July 15, 2018 at 3:56 am", "Updated on", and a byline with its stamp and buttons, "by Philip Bump July 16
 * at 10:32 AM Email the author".
 */
const PUBLICATION_LINE = {
  test(text: string): boolean {
    // Most paragraphs name no publishing at all: a plain scan spares them the patterns' search for a name before it.
    if (!/^by\s|posted|published|updated/i.test(text)) return false;
    const publication = PUBLICATION.exec(text);
    if (publication && (publication[1] === '' || NAMES_ONLY.test(publication[1])) && STAMPS_AFTER.test(publication[2])) return true;
    const byline = BYLINE_STAMP.exec(text);
    return !!byline && NAMES_ONLY.test(byline[1]);
  },
};

/**
 * A line of a page's script printed as text ("window._taboola = window._taboola || []; _taboola.push({...});"):
 * it opens as code does and holds what prose does not (braces, "||", "&&", "=>"). Any length: scripts run long.
 */
const CODE_HEAD = /^(?:(?:var|let|const)\s+[\w$]+\s*=|function\s*[\w$]*\s*\(|[\w$]+(?:\.[\w$]+)+\s*(?:=[^=]|\())/;
const CODE_MARKS = /[{}]|\|\||&&|=>/;

/** Paragraphs that are furniture as a whole. Anchored and short, so story sentences are never taken for them. */
const FURNITURE_PARAGRAPHS: Array<{ test(text: string): boolean }> = [
  new RegExp(`^by\\s+${A}\\.?$`, 'i'),
  /^[Bb]y\s+[A-Z][\p{L}'.-]+(?:\s+[A-Z][\p{L}'.-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\p{L}'.-]+(?:\s+[A-Z][\p{L}'.-]+){0,3})*(?:,\s*[\p{L} ]{2,40})?$/u,
  new RegExp(`^(?:the\\s+)?${A}\\.?$`, 'i'),
  SIGN_OFF,
  /^\(?(?:reporting|additional reporting|writing|editing|compiled|graphics?|research) by\b.{0,300}$/i,
  /^our standards\s*:?.{0,80}$/i,
  /^(?:©|\(c\)|copyright)\s*\d{4}\b.{0,300}$/i,
  /^all rights reserved\.?.{0,200}$/i,
  /^this material may not be published.{0,200}$/i,
  new RegExp(`^.{0,120}\\bcontributed to this (?:report|story)\\.?$`, 'i'),
  /^(?:read more|read next|see also|also read|more from [\p{L} ]+|share this|subscribe|sign up)\b.{0,160}$/iu,
  // Words that also open story sentences ("Share prices fell", "Related parties"): furniture alone or before a colon.
  /^(?:advertisement|advertising|sponsored(?: content)?|related(?: content| articles?| stories)?|recommended|share|email|print|tweet|comments?)\s*(?:[:|>\u00BB-].{0,160})?$/iu,
  /^(?:photo|picture|image|video|file photo|graphic)s?\s*(?:credit)?\s*:.{0,200}$/i,
  new RegExp(`^\\(?(?:photo(?:graph)?|picture) by .{0,80}/\\s*(?:\\w+\\s+via\\s+)?${PHOTO_AGENCY}\\)?\\.?$`, 'i'),
  PHOTO_CREDIT_PARAGRAPH,
  new RegExp(`^${A}\\s+photo\\s*/.{0,80}$`, 'i'),
  new RegExp(String.raw`^(?:posted|updated|published|last updated)(?:\s*:|\s+on|\s+at)?\s+(?:\d|(?:${MONTH}|${WEEKDAY})\s).{0,80}$`, 'i'),
  /^(?:click here|follow us|download our app|get the latest|newsletter)\b.{0,200}$/i,
  // A page's own machinery, alone on a line: a gallery's counter and buttons, a player's label, a time stamp.
  /^(?:(?:image|photo|slide|picture)\s*)?\d{1,3}\s*(?:of|\/)\s*\/?\s*\d{1,3}$/i,
  /^(?:close|back to gallery|now playing|updated|view comments|loading comments|more|less|expand|collapse|next|previous)\s*[:.…]*$/i,
  new RegExp(String.raw`^${STAMPS}$`, 'i'),
  // "41 min ago", "1 hr 12 min ago": a live page's relative time stamp.
  /^(?:\d{1,3}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s*){1,3}ago$/i,
  PUBLICATION_LINE,
  /^media\s*:\s*.{1,60}$/i,
  /^(?:e-?mail|tags?|previous story|next story|related topics)\s*:?$/i,
  /^(?:https?:\/\/|www\.)\S+$/i,
  // An embedded social post's signature, "— Jake Tapper (@jaketapper) July 14, 2018": every post on the day says
  // the same date, which would link any two of them.
  new RegExp(String.raw`^[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s+${MONTH}\s+\d{1,2},\s+\d{4}$`, 'i'),
];

/** A dateline: "WASHINGTON (Reuters) -", "PARIS, Oct 26 (Reuters) -", "NAIROBI -", "LONDON/FRANKFURT (Reuters) -". */
const DATELINE = new RegExp(
  String.raw`^(?:[A-Z][A-Z.'\u2019]+(?:[ /-][A-Z][A-Z.'\u2019]+){0,4})(?:,\s*[A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+){0,2})?` +
    String.raw`(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?` +
    String.raw`\s*(?:\((?:${AGENCY_PATTERN})\))?\s*-{1,3}\s+`,
  'u',
);

/** "(Reuters) -" at the head of a paragraph without a place. */
const AGENCY_HEAD = new RegExp(`^\\((?:${AGENCY_PATTERN})\\)\\s*-{1,3}\\s*`);

export function isFurniture(paragraph: string): boolean {
  const text = paragraph.trim();
  if (CODE_HEAD.test(text) && CODE_MARKS.test(text)) return true;
  return text.length < 400 && FURNITURE_PARAGRAPHS.some((pattern) => pattern.test(text));
}

/** The paragraph without a leading dateline or agency head. */
export function stripDateline(paragraph: string): string {
  return paragraph.replace(DATELINE, '').replace(AGENCY_HEAD, '');
}

/** A dateline opens a story: only the first story paragraphs are looked at (a standfirst may come first). */
const DATELINE_PARAGRAPHS = 2;

/** A closing sign-off or photo credit stands in a paragraph's last characters: only those are searched. */
const TRAILER_CHARS = 200;

/** The paragraph without a closing sign-off or photo credit, and the photographer that credit names. */
function withoutTrailers(paragraph: string): { text: string; photographer?: string } {
  const cut = Math.max(0, paragraph.length - TRAILER_CHARS);
  const tail = paragraph.slice(cut).replace(TRAILING_SIGN_OFF, '');
  const credit = TRAILING_PHOTO_CREDIT.exec(tail);
  const text = paragraph.slice(0, cut) + (credit ? tail.slice(0, credit.index) : tail);
  return credit ? { text, photographer: creditedName(credit[0]) } : { text };
}

/** Story paragraphs with furniture removed; the opening paragraphs lose their dateline. */
export function removeFurniture(paragraphs: readonly string[]): string[] {
  // Pages print a photographer's name again, alone, under the picture: a name a credit gives is furniture too.
  const photographers = new Set<string>();
  const texts = paragraphs.map((paragraph) => {
    if (isFurniture(paragraph)) {
      if (PHOTO_CREDIT_PARAGRAPH.test(paragraph.trim())) photographers.add(creditedName(paragraph));
      return null;
    }
    const { text, photographer } = withoutTrailers(paragraph);
    if (photographer) photographers.add(photographer);
    return text;
  });
  const kept: string[] = [];
  texts.forEach((text, i) => {
    if (text === null || photographers.has(paragraphs[i].trim())) return;
    const opening = kept.length < DATELINE_PARAGRAPHS ? stripDateline(text) : text;
    const clean = stripInlineCredits(opening).trim();
    if (clean) kept.push(clean);
  });
  return kept;
}
