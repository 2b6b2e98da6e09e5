/**
 * A corpus of realistic size through the options page: 20,000 generated fictional wire stories plus the e2e
 * stories, imported from one JSONL file with a moving progress bar, then the derived article traced to its
 * source among them — before and after the service worker is stopped and woken with its index read from storage.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusStats } from '../../src/messages';
import { fictionalStories } from './fictional-stories';
import { buildExtension, fixtures, launch, openOptions, openPopup, sendFromPage, serve, skipE2e, stopWorker, type Session, type TestServer } from './harness';

const generatedCount = 20_000;
const e2eLines = readFileSync(join(fixtures, 'corpus.jsonl'), 'utf8').trim().split('\n');
const total = generatedCount + e2eLines.length;
const article = readFileSync(join(fixtures, 'derived-article.html'), 'utf8');
const expectedCuts = [
  'Transport Minister Ilse Brandt had warned on Wednesday that the government could order workers back if the dispute lasted beyond the weekend.',
  'The strike was the longest at the port since 2019, when a nine-day stoppage ended with a 6 percent pay rise.',
];

/** The generated stories with the e2e stories in the middle of the file, so the source is not simply first or last. */
function writeCorpus(dir: string): string {
  const lines = fictionalStories(generatedCount).map((story) => JSON.stringify(story));
  lines.splice(generatedCount / 2, 0, ...e2eLines);
  const file = join(dir, 'large-corpus.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** The persisted index's record, read straight from the extension's IndexedDB (extension pages share its origin). */
function storedIndexState(page: Page): Promise<{ dirty: boolean; stories: number } | null> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('wiretrace');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['indexState', 'indexBlob'], 'readonly');
          const state = tx.objectStore('indexState').get('current');
          const blob = tx.objectStore('indexBlob').get('current');
          tx.oncomplete = () => {
            db.close();
            resolve(state.result && blob.result ? { dirty: state.result.dirty, stories: blob.result.stories } : null);
          };
        };
      }),
  );
}

describe.skipIf(skipE2e)('importing 20,000 stories through the options page', () => {
  let session: Session;
  let server: TestServer;
  let options: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wiretrace-large-'));
    server = await serve({ '/news/port-strike-ends': article, '/news/port-strike-ends-again': article });
    session = await launch(buildExtension());
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function stats(): Promise<CorpusStats> {
    return sendFromPage<CorpusStats>(options, 'corpus-stats', {});
  }

  async function expectTracedToSource(path: string): Promise<void> {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}${path}`);
    const popup = await openPopup(session, page);
    try {
      await popup.waitForTestId(['verdict']);
      expect(await popup.evaluate(`document.querySelector('[data-testid="verdict"]').dataset.verdict`)).toBe('derived');
      expect(await popup.evaluate(`document.querySelector('section.source').dataset.id`)).toBe('fict-reuters-valdoria-port-2');
      expect(await popup.texts('source-agency')).toEqual(['Reuters']);
      expect(await popup.texts('cut-sentence')).toEqual(expectedCuts);
      expect(await popup.texts('changed-quote')).toHaveLength(1);
    } finally {
      await popup.close();
    }
  }

  it('imports every story with a moving progress bar, and the count shows them all', async () => {
    const file = writeCorpus(dir);
    options = await openOptions(session);
    await options.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { progressSeen: number[] }).progressSeen = seen;
      const bar = document.querySelector('[data-testid="import-progress"]')!;
      new MutationObserver(() => seen.push(Number(bar.getAttribute('value')))).observe(bar, { attributes: true, attributeFilter: ['value'] });
    });

    const started = performance.now();
    await options.getByTestId('import-file').setInputFiles(file);
    // Generous, for a loaded machine: the time taken is printed, to watch it.
    await options.getByTestId('corpus-count').filter({ hasText: new RegExp(`^${total}$`) }).waitFor({ timeout: 150_000 });
    const seconds = (performance.now() - started) / 1000;
    console.log(`import of ${total} stories through the options page: ${seconds.toFixed(1)} s`);

    const seen = await options.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    const between = new Set(seen.filter((value) => value > 0 && value < 1));
    expect(between.size).toBeGreaterThanOrEqual(5);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(await options.getByTestId('import-counts').getAttribute('data-added')).toBe(String(total));
    expect(await options.getByTestId('import-counts').getAttribute('data-errors')).toBe('0');
    expect((await stats()).count).toBe(total);
  }, 180_000);

  it('traces the derived article to its source among them', async () => {
    await expectTracedToSource('/news/port-strike-ends');
  });

  it('traces it the same after the service worker restarts, from the stored index', async () => {
    // The index is written a moment after the last batch; stop the worker only once it is written and clean.
    await expect.poll(() => storedIndexState(options), { timeout: 30_000 }).toEqual({ dirty: false, stories: total });
    await stopWorker(options);
    expect(await stats()).toMatchObject({ count: total, indexSource: 'not-loaded' });
    await expectTracedToSource('/news/port-strike-ends-again');
    expect((await stats()).indexSource).toBe('stored');
  });
});
