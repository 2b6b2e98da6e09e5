import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../scripts/eval/args';
import { updateSection } from '../../scripts/eval/evaluation-md';
import { interleaveBy } from '../../scripts/eval/interleave';
import { parseJsonl } from '../../scripts/eval/jsonl';
import { parseMsrp } from '../../scripts/eval/msrp-tsv';

describe('MSRP file', () => {
  const file = [
    '\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String',
    '1\t702876\t702977\tAmrozi accused his brother, whom he called "the witness", of lying.\tReferring to him as only "the witness", Amrozi accused his brother.',
    '0\t1\t2\tA "quoted\tB" text.',
    'x\t3\t4\tbad\tquality',
    'too\tfew',
    '1\t-1\t-1\tI go running daily.\tI go running every day.',
    '',
  ].join('\r\n');

  it('splits on tabs only: quotes are text', () => {
    const { pairs } = parseMsrp(file);
    expect(pairs).toHaveLength(2);
    expect(pairs[0]).toMatchObject({ line: 2, paraphrase: true, id1: '702876', sentence1: 'Amrozi accused his brother, whom he called "the witness", of lying.' });
    expect(pairs[1]).toMatchObject({ paraphrase: false, sentence1: 'A "quoted', sentence2: 'B" text.' });
  });

  it('reports malformed lines and the placeholder pairs with their line numbers', () => {
    expect(parseMsrp(file).skipped).toEqual([
      { line: 4, reason: 'quality "x"' },
      { line: 5, reason: '2 columns, expected 5' },
      { line: 6, reason: 'placeholder pair with ID -1' },
    ]);
  });
});

describe('JSON Lines', () => {
  it('keeps good lines and reports bad ones by number', () => {
    const isObj = (v: unknown): v is { id: string } => typeof (v as { id?: unknown }).id === 'string';
    const { items, errors } = parseJsonl('{"id":"a"}\n{oops\n\n{"id":3}\n{"id":"b"}\n', isObj);
    expect(items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(errors.map((e) => e.line)).toEqual([2, 4]);
  });
});

describe('command line', () => {
  it('selects evaluations in a fixed order, all by default', () => {
    expect(parseArgs([]).evals).toEqual(['msrp', 'helsinki', 'synthetic', 'extraction']);
    expect(parseArgs(['synthetic', 'msrp', '--limit', '20', '--verbose'])).toEqual({
      evals: ['msrp', 'synthetic'], limit: 20, verbose: true, write: false, seed: 1,
    });
    expect(parseArgs(['all', 'msrp']).evals).toHaveLength(4);
  });

  it('rejects unknown words and bad numbers', () => {
    expect(() => parseArgs(['msrpp'])).toThrow(/unknown argument: msrpp/);
    expect(() => parseArgs(['--limit', 'x'])).toThrow(/--limit needs a whole number/);
  });
});

describe('EVALUATION.md section', () => {
  const doc = 'Intro\n<!-- eval:start -->\n<!-- eval:msrp -->\nold msrp\n<!-- /eval:msrp -->\n\n<!-- eval:extraction -->\nold extraction\n<!-- /eval:extraction -->\n<!-- eval:end -->\nOutro\n';

  it('replaces only the blocks given and keeps the others in order', () => {
    const updated = updateSection(doc, new Map([['synthetic', 'new synthetic'], ['msrp', 'new msrp']]));
    expect(updated).toBe(
      'Intro\n<!-- eval:start -->\n<!-- eval:msrp -->\nnew msrp\n<!-- /eval:msrp -->\n\n<!-- eval:synthetic -->\nnew synthetic\n<!-- /eval:synthetic -->\n\n<!-- eval:extraction -->\nold extraction\n<!-- /eval:extraction -->\n<!-- eval:end -->\nOutro\n',
    );
    expect(updateSection(updated, new Map())).toBe(updated);
  });

  it('refuses a document without the markers', () => {
    expect(() => updateSection('no markers', new Map())).toThrow(/no <!-- eval:start -->/);
  });
});

describe('interleaving', () => {
  it('alternates groups so a prefix samples all of them', () => {
    expect(interleaveBy(['a1', 'a2', 'a3', 'b1'], (s) => s[0])).toEqual(['a1', 'b1', 'a2', 'a3']);
  });
});
