/**
 * The in-Chromium half of the bench: the built extension (dist/chrome) in headless Chromium, with its service
 * worker, IndexedDB through Dexie, content script and popup. The corpus grows 1k → 10k → 100k in one profile (the
 * 1k inside the 10k inside the 100k, as in the Node bench), measuring at each size; the 1k → 10k step goes through
 * the options page's file import and is the ingest figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoryRecord } from '../../src/core/types';
import type { BenchPage } from '../pages';
import { latencyOf, percentile, type Latency } from '../stats';
import { articleHtml } from './article-html';
import { coldParts, type ColdParts } from './cold-parts';
import { fillStore, importFast, launchExtension, stats, waitForIndexWritten, type Extension } from './extension';
import { ingestInFreshBrowser, ingestThroughOptionsPage, medianIngest, type IngestRun } from './ingest';
import { servePages, type PageServer } from './page-server';
import { pageWork, type PageWork } from './page-work';
import { popupRender, type PopupRun } from './popup';
import { coldTraceInExtension, traceInExtension, warmTraceInExtension, type ChromiumTraceRun } from './trace';

export interface StoredSize {
  stories: number;
  /** Story text (UTF-8) and the stored index, per story, as the background accounts them (corpus-stats). */
  textBytesPerStory: number;
  indexBytesPerStory: number;
  /** What IndexedDB takes on disk for the origin (navigator.storage.estimate), per story: records, rows, index. */
  usageBytesPerStory: number | null;
}

export interface ChromiumFigures {
  trace: Record<'1000' | '10000' | '100000', ChromiumTraceRun> & { cold_100000: Latency };
  /**
   * `extract-page` round trip on the derived pages in real news pages (../news-shells), and the main-thread script
   * time it took (at 1k).
   */
  extract: Latency;
  extractScript: Latency;
  /**
   * The same, measured again right after the trace run at 100k: the machine's speed drifts over a run, so the
   * trace at 100k is compared with an extraction timed minutes, not the whole bench, apart.
   */
  extract100k: Latency;
  extractScript100k: Latency;
  /** The same at 100k on the same articles in the bench's light page template (./article-html), for comparison. */
  extractTemplate100k: Latency;
  extractScriptTemplate100k: Latency;
  /** The same at 100k on the news pages as saved, each with its publisher's own (mostly longer) article. */
  extractSaved100k: Latency;
  extractScriptSaved100k: Latency;
  /**
   * Content script at page load: derived pages in real news pages, the same in the light template, and saved
   * publisher pages as they are.
   */
  contentScript: { all: Latency; derived: Latency; template: Latency; publisher: Latency; longestTaskMs: number };
  /** The median of the main run's import and `ingestRepeats` more in fresh browsers; `runsPerS`: each, in run order. */
  ingest: IngestRun & { runsPerS: number[] };
  /** Waking a worker whose stored index is stale at 100k: read every story, rebuild and store the index, trace. */
  rebuildMs: number;
  coldParts: ColdParts;
  /** Keyed by nominal corpus size; `stories` is what the store counts (near-identical records merge as versions). */
  sizes: Record<'10000' | '100000', StoredSize>;
  /** At 100k (the headline) and at 1k. */
  popup: PopupRun & { tabState: Latency };
  popup1k: PopupRun & { tabState: Latency };
  chromiumVersion: string;
}

export interface ChromiumPlan {
  chromeDir: string;
  /** Publisher pages saved as HTML (test/fixtures/pages/NAME/source.html). */
  publisherPagesDir: string;
  sample10k: readonly StoryRecord[];
  large: readonly StoryRecord[];
  pages: readonly BenchPage[];
  /** The first `loadedPages` of `pages`, each inside a real news page (see ../news-shells). */
  inNewsPages: readonly string[];
  /** Those news pages as their publishers saved them, with their own articles. */
  newsPagesAsSaved: readonly string[];
  /** Traced before each timed run of `pages` (see warmUpPages). */
  warmUp: readonly BenchPage[];
  /** How many of `pages` are loaded as HTML (extraction, content script). */
  loadedPages: number;
  coldSamples: number;
  popupSamples: number;
  /** Imports of the same 9,000 stories repeated in fresh browsers after the main run (see ingestInFreshBrowser). */
  ingestRepeats: number;
  log(message: string): void;
}

async function storedSize(ext: Extension): Promise<StoredSize> {
  const s = await stats(ext);
  const per = (bytes: number) => Math.round(bytes / s.count);
  return {
    stories: s.count,
    textBytesPerStory: per(s.textBytes),
    indexBytesPerStory: per(s.indexBytes),
    usageBytesPerStory: s.usage === undefined ? null : per(s.usage),
  };
}

function publisherPages(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => [`/publisher/${entry.name}`, readFileSync(join(dir, entry.name, 'source.html'), 'utf8')]),
  );
}

async function loadPages(ext: Extension, server: PageServer, paths: string[]): Promise<PageWork[]> {
  const work: PageWork[] = [];
  for (const path of paths) work.push(await pageWork(ext, server.origin + path));
  return work;
}

/** The popup over a tab showing the first derived page, traced at load (auto-trace) before the popup opens. */
async function popupOnTracedTab(ext: Extension, server: PageServer, samples: number): Promise<PopupRun & { tabState: Latency }> {
  const tab = await ext.session.context.newPage();
  try {
    await tab.goto(`${server.origin}/news/0`);
    const worker = await ext.session.worker();
    const tabId = await worker.evaluate(async (href) => (await chrome.tabs.query({})).find((t) => t.url === href)?.id, tab.url());
    if (tabId === undefined) throw new Error('no tab for the popup page');
    await ext.options.evaluate((id) => chrome.runtime.sendMessage({ type: 'tab-state', payload: { tabId: id } }), tabId);
    // The popup's one question to the background, answered from the cached state: timed apart from the popup.
    const tabState: number[] = [];
    for (let i = 0; i < samples; i++) {
      tabState.push(
        await ext.options.evaluate(async (id) => {
          const start = performance.now();
          await chrome.runtime.sendMessage({ type: 'tab-state', payload: { tabId: id } });
          return performance.now() - start;
        }, tabId),
      );
    }
    return { ...(await popupRender(ext, tab, samples)), tabState: latencyOf(tabState) };
  } finally {
    await tab.close();
  }
}

export async function runChromium(plan: ChromiumPlan): Promise<ChromiumFigures> {
  const figures = await mainRun(plan);
  const ingests: IngestRun[] = [figures.ingest];
  for (let run = 0; run < plan.ingestRepeats; run++) {
    ingests.push(await ingestInFreshBrowser(plan.chromeDir, plan.sample10k.slice(0, 1000), plan.sample10k.slice(1000)));
    plan.log(`chromium: the ingest again in a fresh browser: ${ingests.at(-1)!.storiesPerS} stories/s`);
  }
  return { ...figures, ingest: medianIngest(ingests) };
}

/** One browser, its corpus growing 1k → 10k → 100k. */
async function mainRun(plan: ChromiumPlan): Promise<ChromiumFigures> {
  const { log, pages } = plan;
  const sample1k = plan.sample10k.slice(0, 1000);
  const derived = new Map(plan.inNewsPages.map((html, i) => [`/news/${i}`, html]));
  const template = new Map(pages.slice(0, plan.loadedPages).map((page, i) => [`/template/${i}`, articleHtml(page)]));
  const saved = new Map(plan.newsPagesAsSaved.map((html, i) => [`/saved/${i}`, html]));
  const publisher = publisherPages(plan.publisherPagesDir);
  const server = await servePages(new Map([...derived, ...template, ...saved, ...publisher]));
  const ext = await launchExtension(plan.chromeDir);
  try {
    const chromiumVersion = ext.session.context.browser()?.version() ?? 'unknown';
    log(`chromium ${chromiumVersion}: importing 1,000 stories`);
    await importFast(ext, sample1k);
    await waitForIndexWritten(ext);
    const trace1k = await warmTraceInExtension(ext, pages, plan.warmUp, plan.loadedPages);
    log(`chromium 1k: trace p50 ${trace1k.latency.p50_ms} ms; loading ${derived.size + template.size + publisher.size} pages`);
    const derivedWork = await loadPages(ext, server, [...derived.keys()]);
    const templateWork = await loadPages(ext, server, [...template.keys()]);
    const publisherWork = await loadPages(ext, server, [...publisher.keys()]);
    const popup1k = await popupOnTracedTab(ext, server, plan.popupSamples);

    log(`chromium: ingest of ${plan.sample10k.length - 1000} stories through the options page`);
    const ingest = await ingestThroughOptionsPage(ext, plan.sample10k.slice(1000));
    const size10k = await storedSize(ext);
    const trace10k = await warmTraceInExtension(ext, pages, plan.warmUp, plan.loadedPages);
    log(`chromium 10k: ${ingest.storiesPerS} stories/s; trace p50 ${trace10k.latency.p50_ms} ms`);

    const inSample = new Set(plan.sample10k.map((story) => story.id));
    const rest = plan.large.filter((story) => !inSample.has(story.id));
    log(`chromium: storing ${rest.length} more stories; the woken worker rebuilds the index`);
    await fillStore(ext, rest);
    const rebuildStart = performance.now();
    await traceInExtension(ext, pages[0]);
    const rebuildMs = Math.round(performance.now() - rebuildStart);
    if ((await stats(ext)).indexSource !== 'rebuilt') throw new Error('the woken worker did not rebuild its index');
    await waitForIndexWritten(ext);
    const size100k = await storedSize(ext);
    const trace100k = await warmTraceInExtension(ext, pages, plan.warmUp, plan.loadedPages);
    log(`chromium 100k: trace p50 ${trace100k.latency.p50_ms} ms; extraction on ${derived.size + template.size + saved.size} pages`);
    const derivedWork100k = await loadPages(ext, server, [...derived.keys()]);
    const templateWork100k = await loadPages(ext, server, [...template.keys()]);
    const savedWork100k = await loadPages(ext, server, [...saved.keys()]);
    log(`chromium 100k: cold x ${plan.coldSamples}`);
    const cold = await coldTraceInExtension(ext, pages.slice(0, plan.coldSamples));
    const coldBreakdown = await coldParts(ext, 3);

    log('chromium: popup at 100k');
    const popup = await popupOnTracedTab(ext, server, plan.popupSamples);
    const allWork = [...derivedWork, ...templateWork, ...publisherWork];
    return {
      trace: { 1000: trace1k, 10000: trace10k, 100000: trace100k, cold_100000: cold },
      extract: latencyOf(derivedWork.map((w) => w.extractMs)),
      extractScript: latencyOf(derivedWork.map((w) => w.extractScriptMs)),
      extract100k: latencyOf(derivedWork100k.map((w) => w.extractMs)),
      extractScript100k: latencyOf(derivedWork100k.map((w) => w.extractScriptMs)),
      extractTemplate100k: latencyOf(templateWork100k.map((w) => w.extractMs)),
      extractScriptTemplate100k: latencyOf(templateWork100k.map((w) => w.extractScriptMs)),
      extractSaved100k: latencyOf(savedWork100k.map((w) => w.extractMs)),
      extractScriptSaved100k: latencyOf(savedWork100k.map((w) => w.extractScriptMs)),
      contentScript: {
        all: latencyOf(allWork.map((w) => w.contentScriptMs)),
        derived: latencyOf(derivedWork.map((w) => w.contentScriptMs)),
        template: latencyOf(templateWork.map((w) => w.contentScriptMs)),
        publisher: latencyOf(publisherWork.map((w) => w.contentScriptMs)),
        longestTaskMs: Math.round(percentile(allWork.map((w) => w.longestTaskMs), 100)),
      },
      ingest: { ...ingest, runsPerS: [ingest.storiesPerS] },
      rebuildMs,
      coldParts: coldBreakdown,
      sizes: { 10000: size10k, 100000: size100k },
      popup,
      popup1k,
      chromiumVersion,
    };
  } finally {
    await ext.session.close();
    await server.close();
  }
}
