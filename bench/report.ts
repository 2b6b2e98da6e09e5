/** The bench's outputs: the console table, bench/results.json and the marked section of BENCHMARKS.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { describeMachine, type Machine } from '../scripts/eval/machine';
import { markdownTable } from '../scripts/eval/table';
import type { BundleSize } from './bundles';
import type { CpuUse } from './chromium/extension';
import type { ChromiumFigures } from './chromium/run-chromium';
import type { ChromiumTraceRun } from './chromium/trace';
import type { Latency } from './stats';

export interface CorpusFigures {
  label: string;
  stories: number;
  warm: Latency;
  retrieval: Latency;
  rightSource: number;
  pages: number;
  storiesPerS: number;
  indexBytesPerStory: number;
  textBytesPerStory: number;
}

export interface BruteForceFigures {
  stories: number;
  pages: number;
  msPerPage: number;
  traceP50: number;
  speedup: number;
  agree: number;
}

/** The headline keys come first; they give the Chromium figure when Chromium ran, else the Node one. */
export interface BenchResults {
  /** `chromium`: round trips from the options page; `chromium_worker`: the same traces timed in the service worker. */
  trace: { chromium: Record<string, Latency> | null; chromium_worker: Record<string, Latency> | null; node: Record<string, Latency> };
  /**
   * Readability in the page (the content script's main-thread script time for `extract-page`), derived pages in
   * real news pages, at 100k.
   */
  extract_ms_p50: number | null;
  /** The `extract-page` round trip from the background, same pages and time. */
  extract_round_trip_ms_p50: number | null;
  /** Where each runs: trace in the service worker at 100k over Readability in the page, on the pages extracted. */
  trace_to_extract_ratio: number | null;
  /** The same with both round trips (options page → worker; background → tab). */
  trace_to_extract_round_trip_ratio: number | null;
  /** The same articles in the bench's light page template: Readability's time there, and the trace over it. */
  extract_ms_p50_template: number | null;
  trace_to_extract_ratio_template: number | null;
  bruteforce_speedup_10000: number;
  bruteforce_agreement_10000: number;
  /** Chromium: a JSONL file through the options page into IndexedDB (9,000 real stories onto 1,000), median of runs. */
  ingest_stories_per_s: number;
  /** Chromium: each run's throughput, in run order (empty without Chromium). */
  ingest_runs_stories_per_s: number[];
  /** Chromium: the same stories stored alone, StoryStore's writes with no engine or messages (null without Chromium). */
  ingest_store_alone_stories_per_s: number | null;
  /** CPU of all of Chromium's processes per story, for the ingest and for storing alone (null without /proc). */
  ingest_cpu_ms_per_story: number | null;
  ingest_store_alone_cpu_ms_per_story: number | null;
  /** At the real 10,000 sample: the stored index and the story text, per story. */
  index_bytes_per_story: number;
  text_bytes_per_story: number;
  /** The popup's own part: its document start → the verdict in the DOM (p50). */
  popup_render_ms: number | null;
  /** A reader's click: action.openPopup after a pause → verdict (median opening + median render). */
  popup_click_to_verdict_ms: number | null;
  /** p50 over the derived and publisher pages loaded in Chromium. */
  content_script_main_thread_ms: number | null;
  bundle_kb: Record<string, BundleSize>;
  node: { ingest_stories_per_s: number; index_bytes_per_story: number; text_bytes_per_story: number };
  chromium: ChromiumFigures | null;
  corpora: CorpusFigures[];
  bruteforce: BruteForceFigures[];
  machine: Machine;
  /** 1-minute load average when the bench started: above the core count, other work shared the CPU. */
  load_average_1min: number;
  date: string;
  seconds: number;
}

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(0));
const n = (v: number) => v.toLocaleString('en');
const cpuUse = (cpu: CpuUse | null) => (cpu ? `${cpu.msPerStory.toFixed(2)} ms of CPU per story, ${cpu.cores.toFixed(2)} cores busy on average` : 'not measured (no /proc)');

export function tables(r: BenchResults): string {
  const cold = r.trace.node.cold_100000;
  const corpora = markdownTable(
    ['corpus (Node)', 'stories', 'trace p50 (ms)', 'trace p95 (ms)', 'retrieval p50 (ms)', 'right source', 'ingest (stories/s)', 'index B/story', 'text B/story'],
    [
      ...r.corpora.map((c) => [
        c.label, n(c.stories), ms(c.warm.p50_ms), ms(c.warm.p95_ms), ms(c.retrieval.p50_ms), `${c.rightSource}/${c.pages}`,
        n(c.storiesPerS), String(c.indexBytesPerStory), String(c.textBytesPerStory),
      ]),
      ['cold: load index + first trace', '100,000', ms(cold.p50_ms), ms(cold.p95_ms), '—', '—', '—', '—', '—'],
    ],
  );
  const brute = markdownTable(
    ['corpus', 'pages', 'brute force (ms/page)', 'trace p50 (ms)', 'speed-up', 'same answer'],
    r.bruteforce.map((b) => [
      `${n(b.stories)} real`, String(b.pages), ms(b.msPerPage), ms(b.traceP50), `${Math.round(b.speedup)}×`, `${b.agree}/${b.pages}`,
    ]),
  );
  const bundles = markdownTable(
    ['Chrome bundle', 'minified KB', 'gzipped KB'],
    Object.entries(r.bundle_kb).map(([file, size]) => [file, size.kb.toFixed(1), size.gzip_kb.toFixed(1)]),
  );
  return [targetsTable(r), ...(r.chromium ? chromiumTables(r.chromium) : []), corpora, brute, bundles].join('\n\n');
}

function chromiumTables(c: ChromiumFigures): string[] {
  const row = (label: string, nominal: 1000 | 10000 | 100000, run: ChromiumTraceRun, pages: number) => {
    const stored = nominal === 1000 ? undefined : c.sizes[nominal];
    return [
      label, n(stored?.stories ?? nominal), ms(run.latency.p50_ms), ms(run.latency.p95_ms), ms(run.worker.p50_ms), `${run.rightSource}/${pages}`,
      stored ? String(stored.textBytesPerStory) : '—', stored ? String(stored.indexBytesPerStory) : '—',
      stored?.usageBytesPerStory ? n(stored.usageBytesPerStory) : '—',
    ];
  };
  const pages = c.trace[1000].latency.samples;
  const trace = markdownTable(
    ['corpus (Chromium)', 'stories', 'trace p50 (ms)', 'trace p95 (ms)', 'in the worker p50 (ms)', 'right source', 'text B/story', 'index B/story', 'IndexedDB B/story'],
    [
      row('Reuters sample', 1000, c.trace[1000], pages),
      row('Reuters sample', 10000, c.trace[10000], pages),
      row('synthetic (19,043 real + copies)', 100000, c.trace[100000], pages),
      ['cold: wake worker, load stored index, trace', n(c.sizes[100000].stories), ms(c.trace.cold_100000.p50_ms), ms(c.trace.cold_100000.p95_ms), '—', '—', '—', '—', '—'],
    ],
  );
  const work = markdownTable(
    ['in the page (Chromium)', 'pages', 'p50 (ms)', 'p95 (ms)'],
    [
      ['content script at load, main-thread script time: derived pages in real news pages', String(c.contentScript.derived.samples), ms(c.contentScript.derived.p50_ms), ms(c.contentScript.derived.p95_ms)],
      ['content script at load, main-thread script time: derived pages in the light template', String(c.contentScript.template.samples), ms(c.contentScript.template.p50_ms), ms(c.contentScript.template.p95_ms)],
      ['content script at load, main-thread script time: publisher pages', String(c.contentScript.publisher.samples), ms(c.contentScript.publisher.p50_ms), ms(c.contentScript.publisher.p95_ms)],
      ...([['1k', c.extract, c.extractScript], ['100k', c.extract100k, c.extractScript100k]] as const).flatMap(([at, trip, script]) => [
        [`extraction (\`extract-page\` round trip): derived pages in real news pages, at ${at}`, String(trip.samples), ms(trip.p50_ms), ms(trip.p95_ms)],
        [`extraction, main-thread script time (Readability in the page): derived pages in real news pages, at ${at}`, String(script.samples), ms(script.p50_ms), ms(script.p95_ms)],
      ]),
      [`extraction (\`extract-page\` round trip): derived pages in the light template, at 100k`, String(c.extractTemplate100k.samples), ms(c.extractTemplate100k.p50_ms), ms(c.extractTemplate100k.p95_ms)],
      [`extraction, main-thread script time: derived pages in the light template, at 100k`, String(c.extractScriptTemplate100k.samples), ms(c.extractScriptTemplate100k.p50_ms), ms(c.extractScriptTemplate100k.p95_ms)],
      [`extraction (\`extract-page\` round trip): the same news pages as saved, their own articles, at 100k`, String(c.extractSaved100k.samples), ms(c.extractSaved100k.p50_ms), ms(c.extractSaved100k.p95_ms)],
      [`extraction, main-thread script time: the same news pages as saved, their own articles, at 100k`, String(c.extractScriptSaved100k.samples), ms(c.extractScriptSaved100k.p50_ms), ms(c.extractScriptSaved100k.p95_ms)],
      ...([1000, 10000, 100000] as const).flatMap((size) => {
        const { extractedPages: trip, extractedPagesWorker: worker } = c.trace[size];
        return [
          [`trace (\`trace-text\` round trip) on the same pages, ${n(size)} stories`, String(trip.samples), ms(trip.p50_ms), ms(trip.p95_ms)],
          [`trace in the service worker (IndexedDB included) on the same pages, ${n(size)} stories`, String(worker.samples), ms(worker.p50_ms), ms(worker.p95_ms)],
        ];
      }),
      ...([['100k', c.popup], ['1k', c.popup1k]] as const).flatMap(([at, p]) => [
        [`popup at ${at}: action.openPopup → popup document start, after a pause (a reader's click)`, String(p.open.samples), ms(p.open.p50_ms), ms(p.open.p95_ms)],
        [`popup at ${at}: the same, right after the last popup closed`, String(p.openAgain.samples), ms(p.openAgain.p50_ms), ms(p.openAgain.p95_ms)],
        [`popup at ${at}: document start → DOMContentLoaded (reloads)`, String(p.domContentLoaded.samples), ms(p.domContentLoaded.p50_ms), ms(p.domContentLoaded.p95_ms)],
        [`popup at ${at}: document start → verdict in the DOM (reloads)`, String(p.render.samples), ms(p.render.p50_ms), ms(p.render.p95_ms)],
        [`popup at ${at}: its \`tab-state\` message alone (from the options page)`, String(p.tabState.samples), ms(p.tabState.p50_ms), ms(p.tabState.p95_ms)],
      ]),
    ],
  );
  const other = markdownTable(
    ['other (Chromium)', 'figure'],
    [
      [
        'ingest through the options page (median of the runs; each run in order)',
        `${n(c.ingest.stories)} stories at ${n(c.ingest.storiesPerS)} stories/s (${c.ingest.runsPerS.map(n).join(', ')}); index written ${n(c.ingest.indexWriteMs)} ms after`,
      ],
      ["ingest: CPU of all of Chromium's processes (page, worker, IndexedDB's backend)", cpuUse(c.ingest.cpu)],
      ['the same stories stored alone (StoryStore writes in batches of 500 into a scratch database: no engine, no messages)', `${n(c.ingest.storeAloneStoriesPerS)} stories/s; ${cpuUse(c.ingest.storeAloneCpu)}`],
      ['cold at 100k, its parts: wake the stopped worker (settings-get) / read the stored index from IndexedDB', `${ms(c.coldParts.wake.p50_ms)} ms / ${ms(c.coldParts.readIndex.p50_ms)} ms (${c.coldParts.indexMb} MB), p50 of ${c.coldParts.wake.samples}`],
      ['stale stored index at 100k: wake, read every story, rebuild and store the index, trace', `${n(c.rebuildMs)} ms`],
      ['longest main-thread task running the content script, on any loaded page', `${c.contentScript.longestTaskMs} ms`],
      ["popup at 100k: a reader's click → verdict (opening after a pause + render, medians)", `${n(c.popup.totalMs)} ms`],
    ],
  );
  return [trace, work, other];
}

/** The targets, the Chromium figure where Chromium ran (else the Node one) deciding "met". */
function targetsTable(r: BenchResults): string {
  const node = r.trace.node;
  const chromium = r.trace.chromium;
  const c = r.chromium;
  const brute = r.bruteforce.find((b) => b.stories === 10000)!;
  const content = r.bundle_kb['content.js']?.kb;
  const scaling = (t: Record<string, Latency>) => t[100000].p50_ms / t[1000].p50_ms;
  const none = '—';
  type Row = [target: string, chromium: string, node: string, met: boolean | null];
  const rows: Row[] = [
    ['trace p50 at 100k, warm ≤ 50 ms', chromium ? `${ms(chromium[100000].p50_ms)} ms` : none, `${ms(node[100000].p50_ms)} ms`, (chromium ?? node)[100000].p50_ms <= 50],
    ['load index + first trace at 100k ≤ 500 ms (cold, p50)', chromium ? `${ms(chromium.cold_100000.p50_ms)} ms` : none, `${ms(node.cold_100000.p50_ms)} ms`, (chromium ?? node).cold_100000.p50_ms <= 500],
    ['p50 at 100k ≤ 3 × p50 at 1k', chromium ? `${scaling(chromium).toFixed(1)} ×` : none, `${scaling(node).toFixed(1)} ×`, scaling(chromium ?? node) <= 3],
    [
      'trace p50 (100k) ≤ extraction p50, on the same pages (in real news pages), each where it runs (worker; page)',
      c
        ? `${ms(c.trace[100000].extractedPagesWorker.p50_ms)} vs ${ms(c.extractScript100k.p50_ms)} ms (round trips: ${ms(c.trace[100000].extractedPages.p50_ms)} vs ${ms(c.extract100k.p50_ms)} ms; ` +
          `in the light template: ${ms(c.extractScriptTemplate100k.p50_ms)} ms)`
        : none,
      none,
      c ? c.trace[100000].extractedPagesWorker.p50_ms <= c.extractScript100k.p50_ms : null,
    ],
    ['≥ 100 × faster than brute force at 10k, same answers', none, `${Math.round(brute.speedup)} ×, ${brute.agree}/${brute.pages} same`, brute.speedup >= 100 && brute.agree === brute.pages],
    ['ingest ≥ 2,000 stories/s', c ? `${n(c.ingest.storiesPerS)} stories/s (median of ${c.ingest.runsPerS.length})` : none, `${n(r.node.ingest_stories_per_s)} stories/s`, r.ingest_stories_per_s >= 2000],
    ['index ≤ 4 KB per story (10k real)', c ? `${r.index_bytes_per_story} B` : none, `${r.node.index_bytes_per_story} B`, r.index_bytes_per_story <= 4096],
    ['popup render ≤ 100 ms (document start → verdict)', c ? `${ms(c.popup.render.p50_ms)} ms` : none, none, c ? c.popup.render.p50_ms <= 100 : null],
    ['content script ≤ 50 ms main thread (p50)', r.content_script_main_thread_ms === null ? none : `${ms(r.content_script_main_thread_ms)} ms`, none, r.content_script_main_thread_ms === null ? null : r.content_script_main_thread_ms <= 50],
    ['content script bundle ≤ 100 KB', content === undefined ? 'not built' : `${content.toFixed(1)} KB`, none, content !== undefined && content <= 100],
  ];
  return markdownTable(
    ['target', 'Chromium', 'Node', 'met'],
    rows.map(([target, inChromium, inNode, met]) => [target, inChromium, inNode, met === null ? 'not measured' : met ? 'yes' : 'no']),
  );
}

export function writeResults(path: string, r: BenchResults): void {
  writeFileSync(path, JSON.stringify(r, null, 2) + '\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replace the marked section of BENCHMARKS.md; the prose around it is written by hand. */
export function updateBenchmarksMd(path: string, r: BenchResults): void {
  const md = readFileSync(path, 'utf8');
  const from = md.indexOf(START);
  const to = md.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${path}: no ${START} ... ${END} section`);
  const section = [
    START,
    `Measured ${r.date} on ${describeMachine(r.machine)}; the whole bench took ${Math.round(r.seconds)} s; ` +
      `load average ${r.load_average_1min.toFixed(1)} when it started. ` +
      (r.chromium ? `Chromium ${r.chromium.chromiumVersion}, headless.` : 'Chromium figures: not measured (--no-chromium; null in bench/results.json).'),
    '',
    tables(r),
    END,
  ].join('\n');
  writeFileSync(path, md.slice(0, from) + section + md.slice(to + END.length));
}
