/**
 * What the extension costs an article page, measured on the page's main thread through CDP Performance metrics
 * (the served pages run no script of their own, so the renderer's script time is the content script's):
 * - content script: its whole run at load with auto-trace on (evaluating content.js, the article check,
 *   Readability on a clone of the document, sending the page), plus the longest task a PerformanceObserver saw;
 * - extraction: the background asks the tab's content script to extract again (`extract-page`, the path used
 *   when the background lost its copy) and times the round trip; the script time it added is kept too.
 */
import type { CDPSession, Page } from 'playwright-core';
import { sendFromPage } from '../../test/e2e/harness';
import type { Extension } from './extension';

export interface PageWork {
  url: string;
  /** Main-thread script time of the content script's run at load. */
  contentScriptMs: number;
  longestTaskMs: number;
  /** `extract-page` round trip from the background. */
  extractMs: number;
  /** Main-thread script time of that extraction. */
  extractScriptMs: number;
}

async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** The content script runs at document_idle, after load: wait until script time has grown and then stopped. */
async function settled(cdp: CDPSession, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let still = 0;
  for (;;) {
    const now = await scriptMs(cdp);
    still = now > 0 && now === last ? still + 1 : 0;
    if (still >= 4) return now;
    if (Date.now() > deadline) throw new Error('the content script did not settle');
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const LONG_TASKS = `window.__wiretraceLongTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__wiretraceLongTasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });`;

export async function pageWork(ext: Extension, url: string): Promise<PageWork> {
  const { context } = ext.session;
  const page: Page = await context.newPage();
  try {
    await page.addInitScript(LONG_TASKS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    const contentScriptMs = await settled(cdp);
    const worker = await ext.session.worker();
    const tabId = await worker.evaluate(async (href) => (await chrome.tabs.query({})).find((tab) => tab.url === href)?.id, page.url());
    if (tabId === undefined) throw new Error(`no tab for ${url}`);
    // Let the background finish tracing what the content script sent, so it does not share the CPU with the timing.
    await sendFromPage(ext.options, 'tab-state', { tabId });
    const before = await scriptMs(cdp);
    const extractMs = await worker.evaluate(async (id) => {
      const start = performance.now();
      const reply = (await chrome.tabs.sendMessage(id, { type: 'extract-page', payload: {} })) as { page: unknown; reason?: string };
      const ms = performance.now() - start;
      if (!reply?.page) throw new Error(`extract-page: ${reply?.reason ?? 'no answer'}`);
      return ms;
    }, tabId);
    const extractScriptMs = (await scriptMs(cdp)) - before;
    const longest = await page.evaluate(() => Math.max(0, ...((window as unknown as { __wiretraceLongTasks: number[] }).__wiretraceLongTasks)));
    await cdp.detach();
    return { url, contentScriptMs, longestTaskMs: longest, extractMs, extractScriptMs };
  } finally {
    await page.close();
  }
}
