/** Timing helpers: a clock and the percentiles the report uses. */
import { performance } from 'node:perf_hooks';

export interface Latency {
  p50_ms: number;
  p95_ms: number;
  samples: number;
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function latencyOf(samples: readonly number[]): Latency {
  const round = (v: number) => Math.round(v * 100) / 100;
  return { p50_ms: round(percentile(samples, 50)), p95_ms: round(percentile(samples, 95)), samples: samples.length };
}

export async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}
