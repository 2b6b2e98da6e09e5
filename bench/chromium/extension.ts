/**
 * The built extension in headless Chromium (the e2e harness's launcher, on a private copy of dist/chrome) and
 * what the bench does through its options page: protocol messages, reading the stored index state, timing.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { Page } from 'playwright-core';
import type { StoryRecord } from '../../src/core/types';
import type { CorpusStats, ImportLineError } from '../../src/messages';
import { validateRecord } from '../../src/ingest/index';
import { importBatchSize } from '../../src/options/import-corpus';
import { chromiumCpuSeconds } from './process-cpu';
import { PROJECT_ROOT } from '../../scripts/eval/paths';
import { launch, openOptions, sendFromPage, stopWorker, type Session } from '../../test/e2e/harness';

export interface Extension {
  session: Session;
  /** The options page: an extension page, so the background accepts page messages from it. */
  options: Page;
  /** The copy of the build Chromium loaded (its --load-extension flag tells this Chromium's processes apart). */
  extensionDir: string;
}

/** Launches Chromium with a copy of the build (the harness removes the extension directory's parent on close). */
export async function launchExtension(chromeDir: string): Promise<Extension> {
  const dir = join(mkdtempSync(join(tmpdir(), 'wiretrace-bench-')), 'chrome');
  cpSync(chromeDir, dir, { recursive: true });
  const session = await launch(dir);
  const options = await openOptions(session);
  return { session, options, extensionDir: dir };
}

export function stats(ext: Extension): Promise<CorpusStats> {
  return sendFromPage<CorpusStats>(ext.options, 'corpus-stats', {});
}

/** A record as the options page's parser passes it on (e.g. a null `published` dropped). */
function checked(record: StoryRecord): StoryRecord {
  const validation = validateRecord(record);
  if ('problem' in validation) throw new Error(`bench record ${record.id}: ${validation.problem}`);
  return validation.record;
}

/** The background accepts at most this many records per message (handlers.ts `limits.batch`). */
const MAX_BATCH = 5000;

/**
 * Bench-only fast path to fill the corpus: the same `import-records` message and CorpusService code as the
 * options page, in the largest batches the background accepts and without a file to read.
 */
export async function importFast(ext: Extension, records: readonly StoryRecord[]): Promise<void> {
  for (let start = 0; start < records.length; start += MAX_BATCH) {
    const batch = records.slice(start, start + MAX_BATCH).map(checked);
    // Near-identical stories become versions of one story (src/ingest/versions): `added` may count fewer.
    const outcome = await sendFromPage<{ errors: ImportLineError[] }>(ext.options, 'import-records', { records: batch });
    const first = outcome.errors[0];
    if (first) throw new Error(`import: record ${start + first.line}: ${first.reason}`);
  }
}

/** The page script of fill-store-page.ts, bundled on first use. */
let fillScript: string | undefined;

/**
 * Bench-only bulk fill (see fill-store-page.ts): stories straight into IndexedDB with the background's StoryStore,
 * then the worker is stopped, so the next message wakes one that rebuilds the index from every story.
 */
export async function fillStore(ext: Extension, records: readonly StoryRecord[]): Promise<void> {
  await loadFillScript(ext);
  for (let start = 0; start < records.length; start += MAX_BATCH) {
    const batch = records.slice(start, start + MAX_BATCH).map(checked);
    await ext.options.evaluate((stories) => (globalThis as unknown as { wiretraceBenchFill: (r: unknown[]) => Promise<void> }).wiretraceBenchFill(stories), batch);
  }
  await stopWorker(ext.options);
}

/**
 * Stories per second for storing `records` alone (see fill-store-page.ts): StoryStore's writes in the import's
 * batches, into a scratch database, with no engine and no messages.
 */
export async function storeAlone(ext: Extension, records: readonly StoryRecord[]): Promise<{ storiesPerS: number; cpu: CpuUse | null }> {
  await loadFillScript(ext);
  const stories = records.map(checked);
  const cpu = cpuMeter(ext);
  const ms = await ext.options.evaluate(
    ([batch, size]) => (globalThis as unknown as { wiretraceBenchStoreAlone: (r: unknown[], n: number) => Promise<number> }).wiretraceBenchStoreAlone(batch, size),
    [stories, importBatchSize] as const,
  );
  return { storiesPerS: Math.round(stories.length / (ms / 1000)), cpu: cpu(stories.length) };
}

/** CPU all of Chromium's processes used for a piece of work: per story, and in cores kept busy on average. */
export interface CpuUse {
  msPerStory: number;
  cores: number;
}

/** Starts measuring this Chromium's CPU use (Linux only); the function returned ends it. */
export function cpuMeter(ext: Extension): (stories: number) => CpuUse | null {
  const flag = `--load-extension=${ext.extensionDir}`;
  const start = chromiumCpuSeconds(flag);
  const started = performance.now();
  return (stories) => {
    const end = chromiumCpuSeconds(flag);
    if (start === null || end === null) return null;
    const seconds = end - start;
    return { msPerStory: Math.round((seconds * 1000 * 100) / stories) / 100, cores: Math.round((seconds / ((performance.now() - started) / 1000)) * 100) / 100 };
  };
}

async function loadFillScript(ext: Extension): Promise<void> {
  fillScript ??= buildSync({
    entryPoints: [join(PROJECT_ROOT, 'bench/chromium/fill-store-page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  }).outputFiles[0].text;
  await ext.options.evaluate(fillScript);
}

/** Whether the stored index is current (the background writes it about a second after the last change). */
function indexWritten(options: Page): Promise<boolean> {
  return options.evaluate(
    () =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('wiretrace');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('indexState').objectStore('indexState').get('current');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { dirty?: boolean } | undefined)?.dirty === false);
          };
        };
      }),
  );
}

export async function waitForIndexWritten(ext: Extension, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await indexWritten(ext.options))) {
    if (Date.now() > deadline) throw new Error(`the index was not written within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
