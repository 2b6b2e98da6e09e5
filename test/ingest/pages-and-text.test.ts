import { describe, expect, it } from 'vitest';
import { parseCorpusBytes } from '../../src/ingest';
import { bytesOf, fixtureBytes, options } from './helpers';

describe('HTML pages', () => {
  it('become one story, extracted as the extension reads pages, with the agency from the site', async () => {
    const result = await parseCorpusBytes('saved.html', fixtureBytes('pages/bbc-1/source.html'), options);
    expect(result.format).toBe('html');
    expect(result.errors).toEqual([]);
    const [record] = result.records;
    expect(record.id).toBe('http://www.bbc.com/news/world-us-canada-33646704');
    expect(record.url).toBe(record.id);
    expect(record.agency).toBe('BBC News');
    expect(record.title).toBe("Obama admits US gun laws are his 'biggest frustration'");
    expect(record.published).toBe('2015-07-24T05:36:09+01:00');
    expect(record.text.split('\n\n')).toContain('However, Mr Obama said race relations had improved during his presidency.');
  });

  it('names a known wire site by its agency', async () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the wire story, long enough to count as article text for the reader.</p>`).join('');
    const html = `<!DOCTYPE html><html><head><title>Story</title><link rel="canonical" href="https://www.reuters.com/world/story-1/"></head><body><article>${paragraphs}</article></body></html>`;
    const { records } = await parseCorpusBytes('story.html', bytesOf(html), options);
    expect(records[0]).toMatchObject({ id: 'https://www.reuters.com/world/story-1/', agency: 'Reuters' });
  });

  it('reports a page with no article', async () => {
    const html = '<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>';
    const result = await parseCorpusBytes('home.html', bytesOf(html), options);
    expect(result.records).toEqual([]);
    expect(result.errors).toEqual([{ line: 1, reason: 'no article found in the page' }]);
  });
});

describe('plain text', () => {
  it('takes a short first line as the title and blank-line blocks as paragraphs', async () => {
    const result = await parseCorpusBytes('story.txt', fixtureBytes('feeds/story.txt'), options);
    expect(result.format).toBe('text');
    expect(result.records).toEqual([
      {
        id: expect.stringMatching(/^text:[0-9a-f]{16}$/),
        agency: 'unknown',
        title: 'Storm closes airports across the north',
        text: 'Heavy snow closed three airports on Monday.\n\nAirlines cancelled more than 200 flights.',
      },
    ]);
  });

  it('gives the same text the same id, and takes the agency when given', async () => {
    const a = await parseCorpusBytes('a.txt', fixtureBytes('feeds/story.txt'), { ...options, agency: 'ANSA' });
    const b = await parseCorpusBytes('b.txt', fixtureBytes('feeds/story.txt'), options);
    expect(a.records[0].id).toBe(b.records[0].id);
    expect(a.records[0].agency).toBe('ANSA');
  });

  it('reads each line as a paragraph when the file has no blank lines', async () => {
    const { records } = await parseCorpusBytes('lines.txt', bytesOf('Title line\nFirst paragraph.\nSecond paragraph.\n'), options);
    expect(records[0]).toMatchObject({ title: 'Title line', text: 'First paragraph.\n\nSecond paragraph.' });
  });

  it('uses the file name as title when the first line is story text', async () => {
    const long = 'A very long opening sentence that goes on and on. '.repeat(6);
    const { records } = await parseCorpusBytes('dir/wire-copy.txt', bytesOf(`${long}\n\nSecond.`), options);
    expect(records[0]).toMatchObject({ title: 'wire-copy', text: `${long.trim()}\n\nSecond.` });
  });

  it('keeps markup in text as text', async () => {
    const { records } = await parseCorpusBytes('x.txt', bytesOf('Title\n\nHe wrote <script>alert(1)</script> here.'), options);
    expect(records[0].text).toBe('He wrote <script>alert(1)</script> here.');
  });

  it('reports an empty file', async () => {
    const result = await parseCorpusBytes('empty.txt', bytesOf('  \n\n '), options);
    expect(result.errors).toEqual([{ line: 1, reason: 'the file has no text' }]);
  });
});
