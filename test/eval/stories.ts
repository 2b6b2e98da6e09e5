/** Made-up wire stories in the Reuters-21578 record shape, enough for every kind of synthetic page. */
import type { StoryRecord } from '../../src/core/types';

const COMPANIES = ['Acme Corp', 'Borealis Mining', 'Cobalt Foods', 'Delta Shipping', 'Ember Power', 'Falcon Steel', 'Granite Bank', 'Harbor Oil'];

export function fakeStory(n: number): StoryRecord {
  const company = `${COMPANIES[n % COMPANIES.length]} ${n}`;
  const paragraphs = [
    `${company} said it acquired the Widget unit of Zenith Industries for ${n + 12} mln dlrs in cash.`,
    `The company said net profit rose 1${n} pct to 1,${100 + n} mln dlrs in the first quarter, compared with a year ago.`,
    `In 1986, the company earned 4${n} mln dlrs on sales of ${n + 2} bln dlrs, although demand for its products was weak.`,
    `"We expect the U.S. market to improve strongly over the next year," chairman John Smith${n} told reporters. Analysts agreed to review the outlook for the sector.`,
    `The shares rose two dlrs to ${30 + n} dlrs on the New York Stock Exchange after the announcement on Feb ${n + 1}.`,
    `Officials said the agreement had been approved by the board of directors and would be completed by the end of the year.`,
  ];
  return {
    id: `fake-${n}`,
    agency: 'Reuters',
    title: `${company} Buys Widget Unit <ZNT>`,
    dateline: `NEW YORK, Feb ${n + 1}`,
    topics: [n % 2 ? 'acq' : 'earn'],
    text: `${paragraphs.join('\n\n')}\n\nREUTER`,
  };
}

export const FAKE_STORIES: StoryRecord[] = Array.from({ length: 40 }, (_, n) => fakeStory(n));
