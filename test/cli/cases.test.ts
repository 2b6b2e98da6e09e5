/** The hard cases: the built CLI traces every case page against the fixture corpus in one call. */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TraceResult } from '../../src/core';
import { caseMismatches, type CaseExpectation } from './case-expectations';
import { ensureBuilt, jsonLines, ROOT, runCli } from './run-cli';

const casesDir = 'test/fixtures/cases';
const caseNames = readdirSync(`${ROOT}${casesDir}`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'corpus')
  .map((entry) => entry.name)
  .sort();
const expected = new Map(
  caseNames.map((name) => [name, JSON.parse(readFileSync(`${ROOT}${casesDir}/${name}/expected.json`, 'utf8')) as CaseExpectation]),
);
const results = new Map<string, TraceResult>();

beforeAll(() => {
  ensureBuilt();
  const pages = caseNames.map((name) => `${casesDir}/${name}/${expected.get(name)?.page}`);
  const run = runCli(['trace', '--corpus', `${casesDir}/corpus`, '--format', 'json', ...pages]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  jsonLines(run.stdout).forEach((line, i) => results.set(caseNames[i], line as unknown as TraceResult));
});

describe('hard cases', () => {
  it('has every case', () => {
    expect(caseNames).toEqual([
      'changed-facts',
      'developing-event-rescue',
      'developing-event-shaft',
      'original-reporting',
      'paraphrased-translated',
      'two-wires',
      'verbatim-trimmed',
    ]);
  });

  it.each(caseNames)('%s', (name) => {
    const result = results.get(name);
    expect(result, `no result for ${name}`).toBeDefined();
    expect(caseMismatches(expected.get(name) as CaseExpectation, result as TraceResult)).toEqual([]);
  });
});
