/**
 * What the extension costs an article page, measured on the page's main thread (the served pages run no script of
 * their own, so the renderer's script is the extension's content script):
 * - content script: its whole run at load with auto-trace on (evaluating content.js, the article check,
 *   Readability on a clone of the document, sending the page), from a trace of the tab's renderer (./main-thread),
 *   and the longest task with script in it;
 * - extraction: the background asks the tab's content script to extract again (`extract-page`, the path used
 *   when the background lost its copy) and times the round trip; the script time it added (CDP ScriptDuration,
 *   which sees a message listener's run) is kept too. This second run finds Readability compiled by the first.
 */
import type { CDPSession, Page } from 'playwright-core';
import { sendFromPage } from '../../test/e2e/harness';
import type { Extension } from './extension';
import { mainThreadWork, traced } from './main-thread';

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

/** The content script runs at document_idle, after load, and its page is traced: wait for the tab's state. */
async function tracedAtLoad(ext: Extension, url: string, timeoutMs = 10_000): Promise<number> {
  const worker = await ext.session.worker();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const tabId = await worker.evaluate(async (href) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === href);
      return tab?.id !== undefined && (await chrome.storage.session.get(`tab:${tab.id}`))[`tab:${tab.id}`] ? tab.id : undefined;
    }, url);
    if (tabId !== undefined) return tabId;
    if (Date.now() > deadline) throw new Error(`the content script did not report ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function pageWork(ext: Extension, url: string): Promise<PageWork> {
  const { context } = ext.session;
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { value: tabId, events } = await traced(cdp, async () => {
      await page.goto(url, { waitUntil: 'load' });
      return tracedAtLoad(ext, page.url());
    });
    const atLoad = mainThreadWork(events, page.url());
    const worker = await ext.session.worker();
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
    await cdp.detach();
    return { url, contentScriptMs: atLoad.scriptMs, longestTaskMs: atLoad.longestScriptTaskMs, extractMs, extractScriptMs };
  } finally {
    await page.close();
  }
}
