/**
 * Trace latency inside the extension: the options page sends `trace-text` (the page's paragraphs and title) and
 * times the round trip, so each figure is what a caller of the background waits for — the message, CorpusService
 * with the index in the service worker's memory, the candidate stories read from IndexedDB through Dexie, and the
 * engine. Cold: the worker is stopped first (CDP ServiceWorker.stopAllWorkers), so the message also pays waking
 * it, reading the stored index from IndexedDB and loading it.
 */
import { stopWorker } from '../../test/e2e/harness';
import type { BenchPage } from '../pages';
import { latencyOf, type Latency } from '../stats';
import { stats, type Extension } from './extension';

interface TimedTrace {
  /** The round trip seen by the options page. */
  ms: number;
  /** The trace in the service worker, IndexedDB reads included (the result's `elapsedMs`): no message transport. */
  workerMs: number;
  source: string | null;
}

export function traceInExtension(ext: Extension, page: BenchPage): Promise<TimedTrace> {
  const text = page.page.paragraphs.join('\n\n');
  return ext.options.evaluate(
    async ([text, title]) => {
      const start = performance.now();
      const reply = (await chrome.runtime.sendMessage({ type: 'trace-text', payload: { text, title } })) as
        | { ok: true; value: { source?: { id: string }; elapsedMs: number } }
        | { ok: false; error: string };
      const ms = performance.now() - start;
      if (!reply.ok) throw new Error(reply.error);
      return { ms, workerMs: reply.value.elapsedMs, source: reply.value.source?.id ?? null };
    },
    [text, page.page.title] as const,
  );
}

export interface ChromiumTraceRun {
  /** Round trips, as the options page waits for them. */
  latency: Latency;
  /** The same traces, over the first pages only: those also loaded as HTML for the extraction figure. */
  extractedPages: Latency;
  /** The same traces timed in the service worker (IndexedDB reads included, message transport not). */
  worker: Latency;
  extractedPagesWorker: Latency;
  /** Pages whose reported source is the story they were made from. */
  rightSource: number;
}

export async function warmTraceInExtension(
  ext: Extension,
  pages: readonly BenchPage[],
  warmUp: readonly BenchPage[],
  extractedPages: number,
): Promise<ChromiumTraceRun> {
  for (const page of warmUp) await traceInExtension(ext, page); // loads the index if needed; not measured (see warmUpPages)
  const samples: number[] = [];
  const inWorker: number[] = [];
  let rightSource = 0;
  for (const page of pages) {
    const { ms, workerMs, source } = await traceInExtension(ext, page);
    samples.push(ms);
    inWorker.push(workerMs);
    if (source === page.source) rightSource++;
  }
  return {
    latency: latencyOf(samples),
    extractedPages: latencyOf(samples.slice(0, extractedPages)),
    worker: latencyOf(inWorker),
    extractedPagesWorker: latencyOf(inWorker.slice(0, extractedPages)),
    rightSource,
  };
}

/** Each sample: stop the worker, then one trace (wake + read and load the stored index + trace). */
export async function coldTraceInExtension(ext: Extension, pages: readonly BenchPage[]): Promise<Latency> {
  const samples: number[] = [];
  for (const page of pages) {
    await stopWorker(ext.options);
    samples.push((await traceInExtension(ext, page)).ms);
    const { indexSource } = await stats(ext);
    // A rebuilt index would time the wrong thing (every story read and indexed), not a cold load.
    if (indexSource !== 'stored') throw new Error(`cold trace: the woken worker's index was ${indexSource}, not read from storage`);
  }
  return latencyOf(samples);
}
