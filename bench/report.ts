/** The bench's outputs: the console table, bench/results.json and the marked section of BENCHMARKS.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { describeMachine, type Machine } from '../scripts/eval/machine';
import { markdownTable } from '../scripts/eval/table';
import type { BundleSize } from './bundles';
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

export interface BenchResults {
  trace: { node: Record<string, Latency>; chromium: null };
  corpora: CorpusFigures[];
  bruteforce: BruteForceFigures[];
  bruteforce_speedup_10000: number;
  bruteforce_agreement_10000: number;
  ingest_stories_per_s: number;
  index_bytes_per_story: number;
  text_bytes_per_story: number;
  bundle_kb: Record<string, BundleSize>;
  machine: Machine;
  /** 1-minute load average when the bench started: above the core count, other work shared the CPU. */
  load_average_1min: number;
  date: string;
  seconds: number;
}

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(0));

export function tables(r: BenchResults): string {
  const cold = r.trace.node.cold_100000;
  const corpora = markdownTable(
    ['corpus', 'stories', 'trace p50 (ms)', 'trace p95 (ms)', 'retrieval p50 (ms)', 'right source', 'ingest (stories/s)', 'index B/story', 'text B/story'],
    [
      ...r.corpora.map((c) => [
        c.label, c.stories.toLocaleString('en'), ms(c.warm.p50_ms), ms(c.warm.p95_ms), ms(c.retrieval.p50_ms), `${c.rightSource}/${c.pages}`,
        c.storiesPerS.toLocaleString('en'), String(c.indexBytesPerStory), String(c.textBytesPerStory),
      ]),
      ['cold: load index + first trace', '100,000', ms(cold.p50_ms), ms(cold.p95_ms), '—', '—', '—', '—', '—'],
    ],
  );
  const brute = markdownTable(
    ['corpus', 'pages', 'brute force (ms/page)', 'trace p50 (ms)', 'speed-up', 'same answer'],
    r.bruteforce.map((b) => [
      `${b.stories.toLocaleString('en')} real`, String(b.pages), ms(b.msPerPage), ms(b.traceP50), `${Math.round(b.speedup)}×`, `${b.agree}/${b.pages}`,
    ]),
  );
  const bundles = markdownTable(
    ['Chrome bundle', 'minified KB', 'gzipped KB'],
    Object.entries(r.bundle_kb).map(([file, size]) => [file, size.kb.toFixed(1), size.gzip_kb.toFixed(1)]),
  );
  return [targetsTable(r), corpora, brute, bundles].join('\n\n');
}

/** The targets next to the Node figures (the first two targets are stated for Chromium). */
function targetsTable(r: BenchResults): string {
  const node = r.trace.node;
  const ratio = node[100000].p50_ms / node[1000].p50_ms;
  const brute = r.bruteforce.find((b) => b.stories === 10000)!;
  const content = r.bundle_kb['content.js']?.kb;
  const row = (target: string, figure: string, met: boolean) => [target, figure, met ? 'yes' : 'no'];
  return markdownTable(['target', 'Node figure', 'met in Node'], [
    row('trace p50 at 100k, warm ≤ 50 ms', `${ms(node[100000].p50_ms)} ms`, node[100000].p50_ms <= 50),
    row('load index + first trace at 100k ≤ 500 ms', `${ms(node.cold_100000.p50_ms)} ms (p50)`, node.cold_100000.p50_ms <= 500),
    row('p50 at 100k ≤ 3 × p50 at 1k', `${ratio.toFixed(1)} ×`, ratio <= 3),
    row('≥ 100 × faster than brute force at 10k, same answers', `${Math.round(brute.speedup)} ×, ${brute.agree}/${brute.pages} same`, brute.speedup >= 100 && brute.agree === brute.pages),
    row('ingest ≥ 2,000 stories/s', `${r.ingest_stories_per_s.toLocaleString('en')} stories/s`, r.ingest_stories_per_s >= 2000),
    row('index ≤ 4 KB per story', `${r.index_bytes_per_story} B`, r.index_bytes_per_story <= 4096),
    row('content script ≤ 100 KB', content === undefined ? 'not built' : `${content.toFixed(1)} KB`, content !== undefined && content <= 100),
  ]);
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
      'Chromium figures: not measured yet (null in bench/results.json).',
    '',
    tables(r),
    END,
  ].join('\n');
  writeFileSync(path, md.slice(0, from) + section + md.slice(to + END.length));
}
