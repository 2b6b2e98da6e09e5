import { describe, expect, it } from 'vitest';
import { IngestError, parseCorpusBytes } from '../../src/ingest';
import { bytesOf, fixtureBytes, options } from './helpers';

describe('NewsML-G2 newsItem', () => {
  it('reads headline, inline NITF body paragraphs in order, provider, dates, guid and version', async () => {
    const result = await parseCorpusBytes('item.xml', fixtureBytes('feeds/newsml-item.xml'), options);
    expect(result.format).toBe('newsml');
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([
      {
        id: 'urn:newsml:reuters.com:20240305:nL1N3F00AA',
        agency: 'Reuters',
        title: 'Mining company agrees $1.2 bln takeover of rival',
        published: '2024-03-05T10:42:00Z',
        dateline: 'JOHANNESBURG, March 5',
        topics: ['economy, business and finance', 'medtop:20000385'],
        version: 3,
        text: [
          'JOHANNESBURG, March 5 (Reuters) - A mining company agreed on Tuesday to buy a smaller rival for $1.2 billion in cash, the two firms said.',
          'The deal values the rival at a 32% premium to its closing price on Monday.',
          '<b>Shareholders</b> are expected to vote in June.',
        ].join('\n\n'),
      },
    ]);
  });
});

describe('NewsML-G2 newsMessage', () => {
  it('reads every text item of the itemSet, versions apart, and reports the picture', async () => {
    const result = await parseCorpusBytes('message.xml', fixtureBytes('feeds/newsml-message.xml'), options);
    expect(result.records).toEqual([
      {
        id: 'urn:newsml:afp.com:20240305:TX-PAR-ABC12',
        agency: 'AFP',
        title: 'Farmers block roads in protest over fuel prices',
        published: '2024-03-05T11:00:00+01:00',
        dateline: 'PARIS',
        version: 1,
        text: 'Farmers block roads in protest over fuel prices\n\nFarmers blocked several roads around Paris on Tuesday.\n\nPolice said 300 tractors took part.',
      },
      {
        id: 'urn:newsml:afp.com:20240305:TX-PAR-ABC12',
        agency: 'AFP',
        title: 'Farmers block roads in protest over fuel prices (UPDATE)',
        published: '2024-03-05T13:30:00+01:00',
        version: 2,
        text: 'Farmers blocked several roads around Paris on Tuesday.\n\nPolice said 450 tractors took part, up from an earlier estimate.',
      },
    ]);
    expect(result.lines).toEqual([1, 2]);
    expect(result.errors).toEqual([
      { line: 3, reason: 'newsItem 3 (urn:newsml:afp.com:20240305:PH-PAR-XYZ) is not a text item (itemClass ninat:picture)' },
    ]);
  });
});

describe('NITF 3.x', () => {
  it('reads hedline, byline agency, dateline, body.content paragraphs (blocks included), doc-id and date.issue', async () => {
    const result = await parseCorpusBytes('story.nitf', fixtureBytes('feeds/nitf.xml'), options);
    expect(result.format).toBe('nitf');
    expect(result.records).toEqual([
      {
        id: 'dpa-20240305-rail-strike',
        agency: 'dpa',
        title: 'Rail strike halts trains across the country',
        published: '2024-03-05T06:15:00+01:00',
        dateline: 'BERLIN, March 5',
        topics: ['economy, business and finance', 'transport'],
        version: 2,
        text: [
          'Train drivers walked out early on Tuesday, halting most long-distance and regional services.',
          'The union said the strike would last 24 hours.',
          '"We regret the disruption," a rail spokeswoman said.',
        ].join('\n\n'),
      },
    ]);
  });

  it('reports a document without body text', async () => {
    const xml = '<nitf><head><title>Empty</title></head><body><body.content/></body></nitf>';
    const result = await parseCorpusBytes('empty.xml', bytesOf(xml), options);
    expect(result.records).toEqual([]);
    expect(result.errors).toEqual([{ line: 1, reason: 'nitf 1 has no text in body.content' }]);
  });
});

describe('malformed and hostile XML', () => {
  it('names the file, line and column of XML that is not well-formed', async () => {
    const xml = '<?xml version="1.0"?>\n<nitf>\n<body><body.content><p>Open</body.content></body></nitf>';
    const failure = parseCorpusBytes('broken.xml', bytesOf(xml), options);
    await expect(failure).rejects.toBeInstanceOf(IngestError);
    await expect(failure).rejects.toThrow(/^broken\.xml: not well-formed XML at line 3, column \d+/);
  });

  it('keeps escaped markup in a headline as text', async () => {
    const xml = `<newsItem guid="g1" version="1"><contentMeta><headline>&lt;img src=x onerror=alert(1)&gt; Talks</headline></contentMeta>
      <contentSet><inlineData contenttype="text/plain">Body.</inlineData></contentSet></newsItem>`;
    const result = await parseCorpusBytes('x.xml', bytesOf(xml), { ...options, agency: 'EFE' });
    expect(result.records[0]).toMatchObject({ id: 'g1', agency: 'EFE', title: '<img src=x onerror=alert(1)> Talks', text: 'Body.' });
  });

  it('does not expand an entity expansion bomb', async () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY l0 "lol">${lol}]><nitf><body><body.content><p>&l9;</p></body.content></body></nitf>`;
    const result = await parseCorpusBytes('bomb.xml', bytesOf(xml), options);
    expect(result.records[0].text.length).toBeLessThan(1000);
  });
});
