/**
 * `npm run bench`: speed and size of the tracing engine in Node, then of the built extension in headless Chromium,
 * on Reuters-21578 (WIRETRACE_DATA, default ../shared/data). Prints tables, writes bench/results.json and the
 * marked section of BENCHMARKS.md. Reuters-21578, Distribution 1.0.
 *
 * `--no-chromium` skips the Chromium half (its figures stay null); `--quick` runs a small version of everything
 * (fewer pages, a 30k "large" corpus) for development and writes nothing.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { StoryRecord } from '../src/core/types';
import { machine } from '../scripts/eval/machine';
import { dataDir, PROJECT_ROOT } from '../scripts/eval/paths';
import { reutersStories } from '../scripts/eval/stories';
import { bruteForce } from './bruteforce';
import { bundleSizes } from './bundles';
import { nestedSample, syntheticCorpus } from './corpora';
import { inNewsShells, newsShells } from './news-shells';
import { buildIndex } from './ingest';
import { benchPages, warmUpPages, type BenchPage } from './pages';
import { tables, updateBenchmarksMd, writeResults, type BenchResults, type BruteForceFigures, type CorpusFigures } from './report';
import type { Latency } from './stats';
import { chromiumPath } from '../test/e2e/harness';
import { runChromium, type ChromiumFigures } from './chromium/run-chromium';
import { coldTrace, corpusOf, warmTrace } from './trace-latency';

const SEED = 2026;
const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const CHROMIUM = !args.has('--no-chromium');

/** 12 kinds of derived copy x 8 = 96 pages. */
const PAGES_PER_KIND = QUICK ? 2 : 8;
/** Traced before the timed pages, untimed: 12 kinds x 2 = 24 pages of other stories (see warmUpPages). */
const WARM_UP_PER_KIND = QUICK ? 1 : 2;
/** The Chromium ingest is repeated this many times in fresh browsers; the figure is the median (ingestInFreshBrowser). */
const INGEST_REPEATS = QUICK ? 0 : 2;
/** Brute force compares a page with every story: a few pages are enough to time it and check answers. */
const BRUTE_FORCE_PAGES: Record<number, number> = QUICK ? { 1000: 4, 10000: 1 } : { 1000: 24, 10000: 5 };
const COLD_SAMPLES = QUICK ? 3 : 8;
const LARGE = QUICK ? 30000 : 100000;
/** Derived pages loaded as HTML in Chromium (extraction, content script): 2 of each kind. */
const LOADED_PAGES = QUICK ? 6 : 24;
const POPUP_SAMPLES = QUICK ? 3 : 10;

interface SizeRun {
  figures: CorpusFigures;
  brute?: BruteForceFigures;
  cold?: Latency;
}

function log(message: string): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function runSize(label: string, stories: StoryRecord[], pages: BenchPage[], warmUp: BenchPage[], options: { cold?: boolean }): Promise<SizeRun> {
  log(`${label}: building the index of ${stories.length} stories`);
  const built = await buildIndex(stories);
  const corpus = corpusOf(built.index, built.byId);
  log(`${label}: ${built.storiesPerS} stories/s; tracing ${pages.length} pages`);
  const warm = await warmTrace(corpus, pages, warmUp);
  const figures: CorpusFigures = {
    label, stories: stories.length, warm: warm.latency, retrieval: warm.retrieval, rightSource: warm.rightSource, pages: pages.length,
    storiesPerS: built.storiesPerS, indexBytesPerStory: built.indexBytesPerStory, textBytesPerStory: built.textBytesPerStory,
  };
  const run: SizeRun = { figures };
  const brutePages = BRUTE_FORCE_PAGES[stories.length];
  if (brutePages) {
    log(`${label}: brute force on ${brutePages} pages`);
    const brute = await bruteForce(stories, pages.slice(0, brutePages));
    run.brute = {
      stories: stories.length, pages: brute.pages, msPerPage: brute.msPerPage, traceP50: warm.latency.p50_ms,
      speedup: brute.msPerPage / warm.latency.p50_ms,
      agree: brute.best.filter((id, i) => id === (warm.results[i].source?.id ?? null)).length,
    };
  }
  if (options.cold) {
    log(`${label}: cold (load ${Math.round(built.bytes.length / 2 ** 20)} MB index + first trace) x ${COLD_SAMPLES}`);
    run.cold = await coldTrace(built.bytes, built.byId, pages.slice(0, COLD_SAMPLES));
  }
  return run;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

async function main(): Promise<void> {
  const started = performance.now();
  const load = loadavg()[0];
  const dir = dataDir();
  if (!existsSync(dir)) throw new Error(`no data at ${dir}: set WIRETRACE_DATA to the data directory`);
  const chromeDir = resolve(PROJECT_ROOT, 'dist/chrome');
  if (!existsSync(chromeDir)) throw new Error(`no ${chromeDir}: run npm run build first`);
  const reuters = reutersStories(dir);
  const sample10k = nestedSample(reuters, 10000, SEED);
  const sample1k = sample10k.slice(0, 1000);
  const pages = benchPages(sample1k, PAGES_PER_KIND, SEED);
  const warmUp = warmUpPages(sample1k, pages, WARM_UP_PER_KIND, SEED);

  const largeCorpus = syntheticCorpus(reuters, LARGE, SEED);

  const small = await runSize('Reuters sample', sample1k, pages, warmUp, {});
  const medium = await runSize('Reuters sample', sample10k, pages, warmUp, {});
  const large = await runSize('synthetic (19,043 real + copies)', largeCorpus, pages, warmUp, { cold: true });

  let chromium: ChromiumFigures | null = null;
  if (CHROMIUM) {
    if (!existsSync(chromiumPath)) throw new Error(`the Chromium half needs ${chromiumPath} (or pass --no-chromium)`);
    log(`putting ${LOADED_PAGES} derived articles in real news pages`);
    const shelled = inNewsShells(pages.slice(0, LOADED_PAGES), newsShells(dir));
    chromium = await runChromium({
      chromeDir,
      inNewsPages: shelled.map((page) => page.html),
      newsPagesAsSaved: shelled.map((page) => page.saved),
      publisherPagesDir: resolve(PROJECT_ROOT, 'test/fixtures/pages'),
      sample10k,
      large: largeCorpus,
      pages,
      warmUp,
      loadedPages: LOADED_PAGES,
      coldSamples: COLD_SAMPLES,
      popupSamples: POPUP_SAMPLES,
      ingestRepeats: INGEST_REPEATS,
      log,
    });
  }

  const node = {
    ingest_stories_per_s: medium.figures.storiesPerS,
    index_bytes_per_story: medium.figures.indexBytesPerStory,
    text_bytes_per_story: medium.figures.textBytesPerStory,
  };
  const size10k = chromium?.sizes[10000];
  const results: BenchResults = {
    trace: {
      chromium: chromium && {
        1000: chromium.trace[1000].latency,
        10000: chromium.trace[10000].latency,
        100000: chromium.trace[100000].latency,
        cold_100000: chromium.trace.cold_100000,
      },
      chromium_worker: chromium && {
        1000: chromium.trace[1000].worker,
        10000: chromium.trace[10000].worker,
        100000: chromium.trace[100000].worker,
      },
      node: { 1000: small.figures.warm, 10000: medium.figures.warm, 100000: large.figures.warm, cold_100000: large.cold! },
    },
    extract_ms_p50: chromium?.extractScript100k.p50_ms ?? null,
    extract_round_trip_ms_p50: chromium?.extract100k.p50_ms ?? null,
    trace_to_extract_ratio: chromium ? round2(chromium.trace[100000].extractedPagesWorker.p50_ms / chromium.extractScript100k.p50_ms) : null,
    trace_to_extract_round_trip_ratio: chromium ? round2(chromium.trace[100000].extractedPages.p50_ms / chromium.extract100k.p50_ms) : null,
    extract_ms_p50_template: chromium?.extractScriptTemplate100k.p50_ms ?? null,
    trace_to_extract_ratio_template: chromium ? round2(chromium.trace[100000].extractedPagesWorker.p50_ms / chromium.extractScriptTemplate100k.p50_ms) : null,
    bruteforce_speedup_10000: Math.round(medium.brute!.speedup),
    bruteforce_agreement_10000: medium.brute!.agree / medium.brute!.pages,
    ingest_stories_per_s: chromium?.ingest.storiesPerS ?? node.ingest_stories_per_s,
    ingest_runs_stories_per_s: chromium?.ingest.runsPerS ?? [],
    ingest_store_alone_stories_per_s: chromium?.ingest.storeAloneStoriesPerS ?? null,
    ingest_cpu_ms_per_story: chromium?.ingest.cpu?.msPerStory ?? null,
    ingest_store_alone_cpu_ms_per_story: chromium?.ingest.storeAloneCpu?.msPerStory ?? null,
    index_bytes_per_story: size10k?.indexBytesPerStory ?? node.index_bytes_per_story,
    text_bytes_per_story: size10k?.textBytesPerStory ?? node.text_bytes_per_story,
    popup_render_ms: chromium?.popup.render.p50_ms ?? null,
    popup_click_to_verdict_ms: chromium?.popup.totalMs ?? null,
    content_script_main_thread_ms: chromium?.contentScript.all.p50_ms ?? null,
    bundle_kb: bundleSizes(chromeDir),
    node,
    chromium,
    corpora: [small.figures, medium.figures, large.figures],
    bruteforce: [small.brute!, medium.brute!],
    machine: machine(),
    load_average_1min: load,
    date: new Date().toISOString().slice(0, 10),
    seconds: (performance.now() - started) / 1000,
  };
  console.log(tables(results));
  if (QUICK) {
    log('--quick: nothing written');
    return;
  }
  writeResults(resolve(PROJECT_ROOT, 'bench/results.json'), results);
  updateBenchmarksMd(resolve(PROJECT_ROOT, 'BENCHMARKS.md'), results);
  log('wrote bench/results.json and BENCHMARKS.md');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
