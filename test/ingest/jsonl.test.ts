import { describe, expect, it } from 'vitest';
import type { StoryRecord } from '../../src/core/types';
import { gzip, IngestError, parseCorpusBatches, parseCorpusBytes, toJsonl } from '../../src/ingest';
import { bytesOf, fixtureBytes, options } from './helpers';

describe('JSONL corpus', () => {
  it('imports the good lines and reports each bad one with its exact line number', async () => {
    const result = await parseCorpusBytes('corpus-with-errors.jsonl', fixtureBytes('feeds/corpus-with-errors.jsonl'), options);
    expect(result.format).toBe('jsonl');
    expect(result.records.map((r) => r.id)).toEqual(['s1', 's3', 's6']);
    expect(result.lines).toEqual([1, 4, 8]);
    expect(result.errors.map((e) => e.line)).toEqual([2, 5, 6, 7, 9, 10, 11]);
    const reasons = Object.fromEntries(result.errors.map((e) => [e.line, e.reason]));
    expect(reasons[2]).toMatch(/^not valid JSON/);
    expect(reasons[5]).toBe('"title" is missing');
    expect(reasons[6]).toMatch(/"published" must be an ISO 8601 date.*"yesterday"/);
    expect(reasons[7]).toBe('expected a JSON object, got a list');
    expect(reasons[9]).toBe('"id" is empty');
    expect(reasons[10]).toMatch(/"topics" must be a list of strings/);
    expect(reasons[11]).toMatch(/"version" must be a whole number/);
  });

  it('keeps only StoryRecord fields, optional ones when present', async () => {
    const { records } = await parseCorpusBytes('c.jsonl', fixtureBytes('feeds/corpus-with-errors.jsonl'), options);
    expect(records[0]).toEqual({
      id: 's1',
      agency: 'Reuters',
      title: 'First',
      text: 'Para one.\n\nPara two.',
      published: '2024-03-05T10:15:00Z',
      topics: ['x'],
    });
    expect(records[1]).toEqual({
      id: 's3',
      agency: 'AFP',
      title: 'Third',
      text: 'Body.',
      url: 'https://www.afp.com/a',
      dateline: 'PARIS',
      version: 2,
    });
  });

  it('keeps markup in fields as plain text', async () => {
    const { records } = await parseCorpusBytes('c.jsonl', fixtureBytes('feeds/corpus-with-errors.jsonl'), options);
    expect(records[2]).toEqual({ id: 's6', agency: 'UPI', title: '<script>alert(1)</script>', text: '<b>kept as text</b>' });
  });

  it('reads gzipped JSONL, recognised by its magic bytes whatever the name', async () => {
    const gzipped = await gzip(fixtureBytes('feeds/corpus-with-errors.jsonl'));
    const result = await parseCorpusBytes('upload.bin', gzipped, options);
    expect(result.format).toBe('jsonl');
    expect(result.records.map((r) => r.id)).toEqual(['s1', 's3', 's6']);
    expect(result.errors.map((e) => e.line)).toEqual([2, 5, 6, 7, 9, 10, 11]);
  });

  it('keeps what was read before a gzip stream that is cut short', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `r${i}`, agency: 'AP', title: `T${i}`, text: `Story ${i} `.repeat(20 + (i % 7)) }));
    const gzipped = await gzip(bytesOf(lines.join('\n')));
    const result = await parseCorpusBytes('cut.jsonl.gz', gzipped.subarray(0, Math.floor(gzipped.length / 2)), options);
    expect(result.records.length).toBeGreaterThan(0);
    expect(result.records.length).toBeLessThan(3000);
    expect(result.records.every((record, i) => record.id === `r${i}`)).toBe(true);
    expect(result.errors.at(-1)!.reason).toMatch(/reading stopped here: the gzip data is corrupt or cut short/);
  });

  it('accepts a BOM, CRLF line ends and blank lines, counting lines as a text editor does', async () => {
    const text = '\uFEFF{"id":"a","agency":"AP","title":"A","text":"x"}\r\n\r\n{"id":"b","agency":"AP","title":"B"}\r\n';
    const result = await parseCorpusBytes('crlf.jsonl', bytesOf(text), options);
    expect(result.records.map((r) => r.id)).toEqual(['a']);
    expect(result.errors).toEqual([{ line: 3, reason: '"text" is missing' }]);
  });

  it('round-trips: export then import gives identical records', async () => {
    const records: StoryRecord[] = [
      { id: 'r1', agency: 'Reuters', title: 'Q1 "results" \u2028 <b>', text: 'Line one.\n\nLine two with émoji 🚀 and \\ backslash.' },
      { id: 'r2', agency: 'AP', title: '', text: 'x', url: 'https://apnews.com/x', published: '2024-03-05', dateline: 'HELSINKI', topics: [], version: 3 },
    ];
    const exported = toJsonl(records);
    expect(exported.split('\n')).toHaveLength(3);
    const plain = await parseCorpusBytes('export.jsonl', bytesOf(exported), options);
    expect(plain.records).toEqual(records);
    expect(plain.errors).toEqual([]);
    const gzipped = await parseCorpusBytes('export.jsonl.gz', await gzip(bytesOf(exported)), options);
    expect(gzipped.records).toEqual(records);
  });

  it('streams 20,000 stories in batches with byte progress', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i += 1) {
      lines.push(JSON.stringify({ id: `story-${i}`, agency: 'Reuters', title: `Story ${i}`, text: `Paragraph one of ${i}.\n\nParagraph two.` }));
    }
    lines[12_344] = '{broken';
    const bytes = await gzip(bytesOf(lines.join('\n') + '\n'));
    const progress: number[] = [];
    let records = 0;
    const errors: { line: number; reason: string }[] = [];
    for await (const batch of parseCorpusBatches('big.jsonl.gz', bytes, { ...options, batchSize: 1000 })) {
      expect(batch.total).toBe(bytes.length);
      expect(batch.records.length + batch.errors.length).toBeLessThanOrEqual(1000);
      progress.push(batch.done);
      records += batch.records.length;
      errors.push(...batch.errors);
    }
    expect(records).toBe(19_999);
    expect(errors).toHaveLength(1);
    expect(errors[0].line).toBe(12_345);
    expect(progress.length).toBeGreaterThanOrEqual(20);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(bytes.length);
  });

  it('skips lines too long to be a story and goes on', async () => {
    // One ends inside a read chunk, one runs over many chunks before its newline comes.
    const long = (size: number) => `{"id":"big","agency":"AP","title":"T","text":"${'x'.repeat(size)}"}`;
    const ok = (id: string) => `{"id":"${id}","agency":"AP","title":"T","text":"fine"}`;
    const text = [long(8_100_000), ok('a'), long(10_500_000), ok('b')].join('\n');
    const result = await parseCorpusBytes('long.jsonl', bytesOf(text), options);
    expect(result.records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(result.lines).toEqual([2, 4]);
    expect(result.errors).toEqual([
      { line: 1, reason: expect.stringMatching(/line longer than/) },
      { line: 3, reason: expect.stringMatching(/line longer than/) },
    ]);
  });
});

describe('whole-file failures', () => {
  it('names the file when the format is not one Wiretrace reads', async () => {
    await expect(parseCorpusBytes('data.xml', bytesOf('<?xml version="1.0"?><catalog><book/></catalog>'), options)).rejects.toThrow(
      new IngestError('data.xml: not a format Wiretrace reads (JSONL, RSS, Atom, JSON Feed, NewsML-G2, NITF, HTML or text)'),
    );
  });
});
