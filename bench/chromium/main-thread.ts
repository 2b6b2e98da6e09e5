/**
 * A page's main-thread script time read from a CDP trace of its renderer. CDP's `Performance.getMetrics`
 * ScriptDuration leaves out microtasks run after a task (V8's RunMicrotasks), and that is where the content script's
 * work at load runs: its settings are read first, and the extraction continues in the promise's callback. The metric
 * saw content.js evaluated but not Readability's run after it; the trace's script events see both.
 */
import type { CDPSession } from 'playwright-core';

const CATEGORIES = 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline';
/** Trace events that are script running on a thread; they nest, so their union is taken. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'v8.callFunction', 'v8.evaluateModule', 'TimerFire']);

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; processId?: number } };
}

/** Runs `work` with the page's renderer traced; the trace's events come back with its value. */
export async function traced<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ value: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  // CDP types trace events as string maps; they are the Trace Event Format's objects.
  const collect = (batch: { value: object[] }) => {
    events.push(...(batch.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  try {
    return { value: await work(), events };
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
}

type Span = [start: number, end: number];

function unionMs(spans: Span[]): number {
  let total = 0;
  let reach = -Infinity;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total / 1000;
}

export interface MainThreadWork {
  /** Script running on the page's main thread (all of it the content script's where the page runs none). */
  scriptMs: number;
  /** The longest task on that thread with script in it. */
  longestScriptTaskMs: number;
}

/** The script time on the main thread of the renderer that committed `url`. */
export function mainThreadWork(events: readonly TraceEvent[], url: string): MainThreadWork {
  const pid = events.findLast((e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.url === url)?.args?.data?.processId;
  const tid = events.find((e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')?.tid;
  if (pid === undefined || tid === undefined) throw new Error(`no renderer main thread for ${url} in the trace`);
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  const scripts: Span[] = onMain.filter((e) => SCRIPT_EVENTS.has(e.name)).map((e) => [e.ts, e.ts + e.dur!]);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && scripts.some(([start]) => start >= e.ts && start < e.ts + e.dur!));
  return { scriptMs: unionMs(scripts), longestScriptTaskMs: Math.max(0, ...tasks.map((task) => task.dur! / 1000)) };
}
