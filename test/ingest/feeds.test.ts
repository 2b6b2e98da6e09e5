import { describe, expect, it } from 'vitest';
import { parseCorpusBytes } from '../../src/ingest';
import { bytesOf, fixtureBytes, options } from './helpers';

describe('RSS 2.0', async () => {
  const result = await parseCorpusBytes('rss2.xml', fixtureBytes('feeds/rss2.xml'), options);

  it('reads full text from content:encoded, headings and list items as their own paragraphs', () => {
    expect(result.format).toBe('rss');
    expect(result.records[0]).toEqual({
      id: 'urn:reuters:port-strike-20240305',
      agency: 'Reuters',
      title: 'Port workers end strike after pay deal, shipping resumes',
      url: 'https://www.reuters.com/world/port-workers-end-strike-2024-03-05/',
      published: '2024-03-05T10:15:00.000Z',
      topics: ['World', 'Labour'],
      text: [
        'ROTTERDAM (Reuters) - Port workers ended a nine-day strike on Tuesday after unions accepted a 4.5% pay rise, and the first container ships were unloaded within hours.',
        'Backlog',
        'About 60 vessels were waiting offshore, the port authority said.',
        'Unions: deal runs two years',
        'Employers: no layoffs',
      ].join('\n\n'),
    });
  });

  it('keeps a title with markup as text, and drops scripts from an HTML description', () => {
    const record = result.records[1];
    expect(record.title).toBe('<script>alert("x")</script> Central bank holds rates & signals patience');
    expect(record.id).toBe('https://www.reuters.com/markets/central-bank-holds-2024-03-06/');
    expect(record.published).toBe('2024-03-06T13:00:00.000Z');
    expect(record.text).toBe('The central bank left rates unchanged on Wednesday.\n\nIts governor said it "would not hesitate to act".');
  });

  it('uses a plain description, the guid as id, and the channel for the agency', () => {
    expect(result.records[2]).toEqual({
      id: 'https://example.com/plain-1',
      agency: 'Reuters',
      title: 'Plain description only',
      text: 'Floods closed the main road on Monday.',
    });
  });

  it('reports an item without text by its position and keeps the others', () => {
    expect(result.records).toHaveLength(3);
    expect(result.lines).toEqual([1, 2, 3]);
    expect(result.errors).toEqual([{ line: 4, reason: 'item 4 ("Photo: sunrise over the harbour") has no text' }]);
  });
});

describe('Atom 1.0', async () => {
  const result = await parseCorpusBytes('atom.xml', fixtureBytes('feeds/atom.xml'), options);

  it('reads html, xhtml and text content, and falls back to the summary', () => {
    expect(result.format).toBe('atom');
    expect(result.errors).toEqual([]);
    expect(result.records.map((r) => r.text)).toEqual([
      'LIMA, Peru (AP) — A magnitude 6.1 earthquake shook coastal towns on Tuesday.\n\nNo deaths were reported.',
      'Officials said counting would take two more days.\n\nTurnout was 71 percent.',
      'Talks will resume next week.\n\nThe mediator said both sides had agreed.',
    ]);
  });

  it('reads ids, alternate links, dates, categories, html titles and the agency from the feed', () => {
    expect(result.records[0]).toMatchObject({
      id: 'tag:apnews.com,2024:quake-coast-1',
      agency: 'AP',
      title: 'Quake shakes coastal towns',
      url: 'https://apnews.com/article/quake-coast-1',
      published: '2024-03-05T08:29:29-04:00',
      topics: ['Natural disasters'],
    });
    expect(result.records[1]).toMatchObject({ url: 'https://apnews.com/article/election-delay-2', published: '2024-03-05T10:00:00Z' });
  });
});

describe('JSON Feed 1.1', async () => {
  const result = await parseCorpusBytes('feed.json', fixtureBytes('feeds/jsonfeed.json'), options);

  it('reads content_html and content_text, tags and dates', () => {
    expect(result.format).toBe('json-feed');
    expect(result.records).toEqual([
      {
        id: 'afp-2024-0305-001',
        agency: 'AFP',
        title: 'Flood warning issued for river valley',
        url: 'https://www.afp.com/en/news/flood-warning',
        published: '2024-03-05T07:00:00+01:00',
        topics: ['weather', 'France'],
        text: 'PARIS (AFP) - Authorities issued a flood warning on Tuesday.\n\n"Stay away from the banks," the prefect said.',
      },
      {
        id: 'afp-2024-0305-002',
        agency: 'AFP',
        title: 'Museum reopens after restoration',
        published: '2024-03-05T09:00:00Z',
        text: 'The museum reopened on Tuesday after a two-year restoration.\n\nTickets sold out within an hour.',
      },
    ]);
    expect(result.errors).toEqual([{ line: 3, reason: 'item 3 ("Empty item") has no text' }]);
  });
});

describe('feed agency', () => {
  const rss = (channel: string, item: string) =>
    bytesOf(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${channel}<item><title>T</title>${item}<description>Body text.</description></item></channel></rss>`);

  it('prefers an agency credited on the item, then the feed, then a known host', async () => {
    const credited = await parseCorpusBytes('f.xml', rss('<title>World digest</title><link>https://news.example.com</link>', '<dc:creator>AFP</dc:creator>'), options);
    expect(credited.records[0].agency).toBe('AFP');
    const byHost = await parseCorpusBytes('f.xml', rss('<title>Top stories</title><link>https://news.example.com</link>', '<link>https://www.upi.com/a</link>'), options);
    expect(byHost.records[0].agency).toBe('UPI');
  });

  it('falls back to the feed title, and lets the caller decide', async () => {
    const unknown = await parseCorpusBytes('f.xml', rss('<title>Daily Courier</title><link>https://courier.example</link>', ''), options);
    expect(unknown.records[0].agency).toBe('Daily Courier');
    const given = await parseCorpusBytes('f.xml', rss('<title>Reuters</title>', ''), { ...options, agency: 'Kyodo' });
    expect(given.records[0].agency).toBe('Kyodo');
  });
});
