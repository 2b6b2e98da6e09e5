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
  date: string;
  seconds: number;
}

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(0));

export function tables(r: BenchResults): string {
  const cold = r.trace.node.cold_100000;
  const corpora = markdownTable(
    ['corpus', 'stories', 'trace p50 (ms)', 'trace p95 (ms)', 'right source', 'ingest (stories/s)', 'index B/story', 'text B/story'],
    [
      ...r.corpora.map((c) => [
        c.label, c.stories.toLocaleString('en'), ms(c.warm.p50_ms), ms(c.warm.p95_ms), `${c.rightSource}/${c.pages}`,
        c.storiesPerS.toLocaleString('en'), String(c.indexBytesPerStory), String(c.textBytesPerStory),
      ]),
      ['cold: load index + first trace', '100,000', ms(cold.p50_ms), ms(cold.p95_ms), '—', '—', '—', '—'],
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
  return [corpora, brute, bundles].join('\n\n');
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
    `Measured ${r.date} on ${describeMachine(r.machine)}; the whole bench took ${Math.round(r.seconds)} s. ` +
      'Chromium figures: not measured yet (null in bench/results.json).',
    '',
    tables(r),
    END,
  ].join('\n');
  writeFileSync(path, md.slice(0, from) + section + md.slice(to + END.length));
}
