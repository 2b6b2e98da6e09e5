/**
 * Bad corpus files through the options page: broken lines among good ones are listed with their line numbers and
 * the good lines are stored; a file that is no corpus at all (an image, a JSON document that is not JSONL) stores
 * nothing. The corpus keeps every story it had, and the page stays usable.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryRecord } from '../../src/core/types';
import type { CorpusStats } from '../../src/messages';
import { fictionalStory } from './fictional-stories';
import { buildExtension, fixtures, importCorpus, launch, root, sendFromPage, skipE2e, type Session } from './harness';

const e2eLines = readFileSync(join(fixtures, 'corpus.jsonl'), 'utf8').trim().split('\n');
const good = [fictionalStory(1), fictionalStory(2), fictionalStory(3)];

/** Line numbers (1-based) and what is wrong with each bad line. */
const mixedLines: Array<string | { bad: string; reason: RegExp }> = [
  JSON.stringify(good[0]),
  { bad: '{"id": "cut-short", "agency": "AP", "title": "Half a line', reason: /not valid JSON/ },
  JSON.stringify(good[1]),
  { bad: JSON.stringify({ id: 'no-title', agency: 'AP', text: 'A story without a title.' }), reason: /"title" is missing/ },
  { bad: 'this line is prose, not JSON', reason: /not valid JSON/ },
  '',
  { bad: JSON.stringify({ ...fictionalStory(4), published: 'last Tuesday' }), reason: /"published" must be an ISO 8601 date/ },
  JSON.stringify(good[2]),
  { bad: '["an", "array"]', reason: /expected a JSON object/ },
];
const badLines = mixedLines.flatMap((line, i) => (typeof line === 'string' ? [] : [{ line: i + 1, reason: line.reason }]));

describe.skipIf(skipE2e)('malformed import files', () => {
  let session: Session;
  let options: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wiretrace-malformed-'));
    writeFileSync(join(dir, 'mixed.jsonl'), mixedLines.map((line) => (typeof line === 'string' ? line : line.bad)).join('\n') + '\n');
    // An image named like a corpus: only its content says what it is.
    copyFileSync(join(root, 'extension/icons/icon-128.png'), join(dir, 'stories.jsonl'));
    // A JSON document, not one story per line.
    writeFileSync(join(dir, 'package.json'), readFileSync(join(root, 'package.json')));
    session = await launch(buildExtension());
    options = await importCorpus(session, [join(fixtures, 'corpus.jsonl')], e2eLines.length);
  });

  afterAll(async () => {
    await session?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function storedIds(): Promise<string[]> {
    const { records } = await sendFromPage<{ records: StoryRecord[] }>(options, 'corpus-export-page', { offset: 0, limit: 100 });
    return records.map((record) => record.id).sort();
  }

  /** Chooses `file` in the import panel and waits until its summary is shown. */
  async function importFile(file: string): Promise<void> {
    await options.getByTestId('import-file').setInputFiles(join(dir, file));
    await options.getByTestId('import-summary').filter({ hasText: file }).waitFor({ timeout: 30_000 });
    await expect.poll(() => options.getByTestId('import-file').isEnabled()).toBe(true);
  }

  /** The page answers at once and its controls work: the story search lists what it should. */
  async function expectResponsive(expectedCount: number): Promise<void> {
    const started = Date.now();
    expect(await options.evaluate(() => document.readyState)).toBe('complete');
    expect(Date.now() - started).toBeLessThan(2_000);
    await options.getByTestId('corpus-count').filter({ hasText: new RegExp(`^${expectedCount}$`) }).waitFor({ timeout: 10_000 });
    expect((await sendFromPage<CorpusStats>(options, 'corpus-stats', {})).count).toBe(expectedCount);
  }

  it('stores the good lines of a mixed file and lists every bad line with its number and reason', async () => {
    const before = await storedIds();
    await importFile('mixed.jsonl');

    const counts = options.getByTestId('import-counts');
    expect(await counts.getAttribute('data-added')).toBe(String(good.length));
    expect(await counts.getAttribute('data-errors')).toBe(String(badLines.length));
    const errors = await options.getByTestId('import-error').evaluateAll((items) =>
      items.map((item) => ({ line: Number(item.getAttribute('data-line')), text: item.textContent ?? '' })),
    );
    expect(errors.map((error) => error.line)).toEqual(badLines.map((bad) => bad.line));
    errors.forEach((error, i) => {
      expect(error.text).toContain(String(badLines[i].line));
      expect(error.text).toMatch(badLines[i].reason);
    });

    expect(await storedIds()).toEqual([...before, ...good.map((story) => story.id)].sort());
    await expectResponsive(e2eLines.length + good.length);
  });

  it('stores nothing from an image named like a corpus, and says the file is not one', async () => {
    const before = await storedIds();
    await importFile('stories.jsonl');
    const summary = options.getByTestId('import-summary').filter({ hasText: 'stories.jsonl' });
    await expect.poll(() => summary.getByRole('alert').textContent()).toMatch(/not a format Wiretrace reads/);
    expect(await summary.getByTestId('import-counts').getAttribute('data-added')).toBe('0');
    expect(await storedIds()).toEqual(before);
    await expectResponsive(before.length);
  });

  it('stores nothing from a JSON document that is not one story per line, and lists why line by line', async () => {
    const before = await storedIds();
    await importFile('package.json');
    const counts = options.getByTestId('import-counts');
    expect(await counts.getAttribute('data-added')).toBe('0');
    expect(Number(await counts.getAttribute('data-errors'))).toBeGreaterThan(0);
    expect(await options.getByTestId('import-error').first().textContent()).toMatch(/not valid JSON/);
    expect(await storedIds()).toEqual(before);
    await expectResponsive(before.length);
  });
});
