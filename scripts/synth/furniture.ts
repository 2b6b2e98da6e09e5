/** What an outlet puts around wire copy: its own dateline and byline, local context, and page furniture. */
import type { StoryRecord } from '../../src/core/types';
import type { Rng } from './prng';

export const OUTLETS = [
  'Daily Planet', 'Riverside Herald', 'Metro Business Journal', 'Coastal Times', 'Evening Ledger', 'Valley Post',
  'Northern Courier', 'Harbour Gazette',
] as const;

/** "SALVADOR, Feb 26" -> "Salvador". */
export function placeOf(record: StoryRecord): string | null {
  const city = record.dateline?.split(',')[0]?.trim();
  if (!city) return null;
  return city.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/** The dateline the agency filed with: "SALVADOR, Feb 26 (Reuters) - ". */
export function wireDateline(record: StoryRecord): string {
  return record.dateline ? `${record.dateline} (Reuters) - ` : '';
}

/** An outlet's own dateline in one of the usual shapes, or none. */
export function outletDateline(record: StoryRecord, outlet: string, rng: Rng): string {
  const city = record.dateline?.split(',')[0]?.trim();
  if (!city) return '';
  return rng.pick([`${city} (${outlet}) - `, `${city} - `, `${placeOf(record)}: `, '']);
}

const CONTEXT = [
  'The move is being watched closely by businesses in {place}.',
  'Local analysts said they would study the announcement before commenting further.',
  'The {outlet} has asked the company for further comment.',
  'Shares of several regional companies were little changed in early trading.',
  'The announcement comes at a sensitive time for the industry, which has faced months of uncertainty.',
  'Readers in {place} will remember a similar episode two years ago.',
  'Economists contacted by the {outlet} were divided on what the figures mean for households.',
  'This is a developing story and will be updated as more information becomes available.',
];

const FURNITURE = [
  'Advertisement',
  'Read more: Markets in brief',
  'Sign up for our business newsletter.',
  'Share this article',
  'Related: What the numbers mean for you',
];

function fill(template: string, record: StoryRecord, outlet: string): string {
  return template.replace('{place}', placeOf(record) ?? 'the region').replace('{outlet}', outlet);
}

/** `count` sentences no wire story contains: local context and furniture, never repeated within a page. */
export function addedSentences(record: StoryRecord, outlet: string, rng: Rng, count: number): string[] {
  const context = rng.shuffle(CONTEXT).map((t) => fill(t, record, outlet));
  const furniture = rng.shuffle(FURNITURE);
  return Array.from({ length: count }, (_, i) => (i % 3 === 2 ? furniture[i % furniture.length] : context[i % context.length]));
}
