/**
 * Ingest throughput as a user gets it: a JSONL corpus file chosen in the options page, read and parsed there and
 * sent to the background in `import-records` batches, stored in IndexedDB and added to the in-memory index. Timed
 * from choosing the file to the options page's import summary; writing the index (the background does it about a
 * second after the last batch) is timed apart; then the same stories are stored alone (storeAlone), for scale.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoryRecord } from '../../src/core/types';
import { cpuMeter, importFast, launchExtension, storeAlone, waitForIndexWritten, type CpuUse, type Extension } from './extension';

export interface IngestRun {
  stories: number;
  storiesPerS: number;
  /** From the import summary until the stored index is current again. */
  indexWriteMs: number;
  /** CPU of all of Chromium's processes from choosing the file to the summary (Linux), per story and in cores. */
  cpu: CpuUse | null;
  /** The same stories stored alone, right after (storeAlone): what IndexedDB allows on this machine. */
  storeAloneStoriesPerS: number;
  storeAloneCpu: CpuUse | null;
}

export async function ingestThroughOptionsPage(ext: Extension, records: readonly StoryRecord[]): Promise<IngestRun> {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-ingest-'));
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, records.map((record) => JSON.stringify(record)).join('\n') + '\n');
  try {
    const summary = ext.options.getByTestId('import-counts');
    const start = performance.now();
    const cpu = cpuMeter(ext);
    await ext.options.getByTestId('import-file').setInputFiles(file);
    // Checked every 10 ms: a locator's waitFor checks at up to 500 ms intervals, which put runs of one build at
    // either 1,834 or 2,050 stories/s (4.9 or 4.4 s) and nothing between.
    await ext.options.waitForFunction(() => document.querySelector('[data-testid="import-counts"]') !== null, undefined, {
      polling: 10,
      timeout: 300_000,
    });
    const imported = performance.now();
    const importCpu = cpu(records.length);
    const errors = Number(await summary.getAttribute('data-errors'));
    if (errors > 0) throw new Error(`ingest: ${errors} of ${records.length} records refused`);
    await waitForIndexWritten(ext);
    const written = performance.now();
    const alone = await storeAlone(ext, records);
    return {
      stories: records.length,
      storiesPerS: Math.round(records.length / ((imported - start) / 1000)),
      indexWriteMs: Math.round(written - imported),
      cpu: importCpu,
      storeAloneStoriesPerS: alone.storiesPerS,
      storeAloneCpu: alone.cpu,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The same import again in a fresh browser whose corpus holds `first` (the bench's 1k), as the main run's 1k → 10k
 * step does: this machine's speed drifts by up to 2 × within minutes, so the headline is the median of several
 * imports minutes apart rather than one sample.
 */
export async function ingestInFreshBrowser(chromeDir: string, first: readonly StoryRecord[], records: readonly StoryRecord[]): Promise<IngestRun> {
  const ext = await launchExtension(chromeDir);
  try {
    await importFast(ext, first);
    await waitForIndexWritten(ext);
    return await ingestThroughOptionsPage(ext, records);
  } finally {
    await ext.session.close();
  }
}

/** The run with the median throughput (of an odd number of runs), and every run's throughput in run order. */
export function medianIngest(runs: IngestRun[]): IngestRun & { runsPerS: number[] } {
  const sorted = [...runs].sort((a, b) => a.storiesPerS - b.storiesPerS);
  return { ...sorted[(sorted.length - 1) >> 1], runsPerS: runs.map((run) => run.storiesPerS) };
}
