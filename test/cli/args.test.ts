import { describe, expect, it } from 'vitest';
import { parseCommandLine, resolveFormat, UsageError } from '../../src/cli/args';

describe('parseCommandLine', () => {
  it('parses trace with repeated --corpus and pages in order', () => {
    expect(parseCommandLine(['trace', '--corpus', 'a.jsonl', '-c', 'dir', 'p1.html', '-', 'p2.txt', '--format', 'text'])).toEqual({
      kind: 'trace',
      corpus: ['a.jsonl', 'dir'],
      pages: ['p1.html', '-', 'p2.txt'],
      format: 'text',
      timings: false,
    });
  });

  it('parses --timings and leaves the format to be resolved', () => {
    const command = parseCommandLine(['trace', '--timings', '--corpus=c.jsonl', 'p.html']);
    expect(command).toMatchObject({ kind: 'trace', timings: true, format: undefined });
  });

  it('parses compare of two files and compare --pairs', () => {
    expect(parseCommandLine(['compare', 'wire.txt', 'page.html'])).toMatchObject({ kind: 'compare', source: 'wire.txt', page: 'page.html' });
    expect(parseCommandLine(['compare', '--pairs', 'pairs.jsonl', '-f', 'json'])).toMatchObject({ kind: 'compare', pairs: 'pairs.jsonl', format: 'json' });
  });

  it('gives help and version', () => {
    expect(parseCommandLine([])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['--help'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['trace', '--help'])).toEqual({ kind: 'help', topic: 'trace' });
    expect(parseCommandLine(['help', 'compare'])).toEqual({ kind: 'help', topic: 'compare' });
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' });
  });

  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['trace', 'page.html'], /at least one --corpus/],
    [['trace', '--corpus', 'c.jsonl'], /at least one page/],
    [['trace', '--corpus', 'c.jsonl', '--bogus', 'p.html'], /Unknown option '--bogus'/],
    [['trace', '--corpus', 'c.jsonl', '--format', 'xml', 'p.html'], /--format must be json or text/],
    [['trace', '--corpus', 'c.jsonl', '-', '-'], /stdin \(-\) can be given only once/],
    [['compare', 'only-one.txt'], /exactly two texts/],
    [['compare', '--pairs', 'p.jsonl', 'extra.txt'], /not both/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError);
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});

describe('resolveFormat', () => {
  it('is json for pipes, text for terminals, and what was asked when asked', () => {
    expect(resolveFormat(undefined, false)).toBe('json');
    expect(resolveFormat(undefined, true)).toBe('text');
    expect(resolveFormat('json', true)).toBe('json');
    expect(resolveFormat('text', false)).toBe('text');
  });
});
