/**
 * `npm run bench`: speed and size of the tracing engine in Node on Reuters-21578 (WIRETRACE_DATA, default
 * ../shared/data). Prints tables, writes bench/results.json and the marked section of BENCHMARKS.md.
 * Reuters-21578, Distribution 1.0.
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
import { buildIndex } from './ingest';
import { benchPages, type BenchPage } from './pages';
import { tables, updateBenchmarksMd, writeResults, type BenchResults, type BruteForceFigures, type CorpusFigures } from './report';
import type { Latency } from './stats';
import { coldTrace, corpusOf, warmTrace } from './trace-latency';

const SEED = 2026;
/** 12 kinds of derived copy x 8 = 96 pages. */
const PAGES_PER_KIND = 8;
/** Brute force compares a page with every story: a few pages are enough to time it and check answers. */
const BRUTE_FORCE_PAGES: Record<number, number> = { 1000: 24, 10000: 5 };
const COLD_SAMPLES = 10;

interface SizeRun {
  figures: CorpusFigures;
  brute?: BruteForceFigures;
  cold?: Latency;
}

function log(message: string): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function runSize(label: string, stories: StoryRecord[], pages: BenchPage[], options: { cold?: boolean }): Promise<SizeRun> {
  log(`${label}: building the index of ${stories.length} stories`);
  const built = await buildIndex(stories);
  const corpus = corpusOf(built.index, built.byId);
  log(`${label}: ${built.storiesPerS} stories/s; tracing ${pages.length} pages`);
  const warm = await warmTrace(corpus, pages);
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

  const small = await runSize('Reuters sample', sample1k, pages, {});
  const medium = await runSize('Reuters sample', sample10k, pages, {});
  const large = await runSize('synthetic (19,043 real + copies)', syntheticCorpus(reuters, 100000, SEED), pages, { cold: true });

  const results: BenchResults = {
    trace: {
      node: { 1000: small.figures.warm, 10000: medium.figures.warm, 100000: large.figures.warm, cold_100000: large.cold! },
      chromium: null,
    },
    corpora: [small.figures, medium.figures, large.figures],
    bruteforce: [small.brute!, medium.brute!],
    bruteforce_speedup_10000: Math.round(medium.brute!.speedup),
    bruteforce_agreement_10000: medium.brute!.agree / medium.brute!.pages,
    ingest_stories_per_s: medium.figures.storiesPerS,
    index_bytes_per_story: medium.figures.indexBytesPerStory,
    text_bytes_per_story: medium.figures.textBytesPerStory,
    bundle_kb: bundleSizes(chromeDir),
    machine: machine(),
    load_average_1min: load,
    date: new Date().toISOString().slice(0, 10),
    seconds: (performance.now() - started) / 1000,
  };
  console.log(tables(results));
  writeResults(resolve(PROJECT_ROOT, 'bench/results.json'), results);
  updateBenchmarksMd(resolve(PROJECT_ROOT, 'BENCHMARKS.md'), results);
  log('wrote bench/results.json and BENCHMARKS.md');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
