/**
 * Popup open → result rendered, for a tab already traced (the usual case with auto-trace on). The real action
 * popup is opened (action.openPopup) and reached over CDP. Two parts are timed:
 * - opening: from the openPopup call to the popup document's navigation start (clock time on both sides). This is
 *   the browser's part, and it depends on how long ago the last popup closed: Chromium starts a renderer process
 *   for each popup (one appears with every opening) unless the last popup's is still there, as it is for a moment
 *   after it closes. So openings are sampled both ways: after an idle pause, as when a reader clicks the icon, and
 *   right after the previous popup closed;
 * - rendering: from navigation start to the verdict element in the DOM, seen by a MutationObserver installed
 *   before the popup's own script: the extension's part. The observer must exist before the document does, so this
 *   part is sampled by reloading the opened popup with the observer registered (Page.addScriptToEvaluateOnNewDocument).
 */
import type { Page } from 'playwright-core';
import { PopupTarget } from '../../test/e2e/popup-target';
import { latencyOf, type Latency } from '../stats';
import type { Extension } from './extension';

export interface PopupRun {
  /** action.openPopup → the popup document's navigation start, IDLE_MS after the last popup closed. */
  open: Latency;
  /** The same, right after the previous popup closed. */
  openAgain: Latency;
  render: Latency;
  /** Navigation start → DOMContentLoaded in the same reloads: the part before the popup's script asks for the tab. */
  domContentLoaded: Latency;
  /** A reader's click: median opening after idle plus median render. */
  totalMs: number;
}

/** Long enough for the last popup's renderer process to be gone (it is after about a second). */
const IDLE_MS = 1500;

const OBSERVE_VERDICT = `(() => {
  const record = () => {
    if (window.__wiretraceVerdictAt === undefined && document.querySelector('[data-testid="verdict"]')) {
      window.__wiretraceVerdictAt = performance.now();
    }
  };
  new MutationObserver(record).observe(document, { childList: true, subtree: true });
})();`;

interface Reloaded {
  ms: number;
  domContentLoaded: number;
  origin: number;
}

async function verdictAfterReload(popup: PopupTarget, previousOrigin: number): Promise<Reloaded> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const seen = await popup
      .evaluate<{ origin: number; at?: number; dcl: number }>(
        `({ origin: performance.timeOrigin, at: window.__wiretraceVerdictAt,
            dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? 0 })`,
      )
      .catch(() => null); // the document may be between navigations
    if (seen && seen.origin !== previousOrigin && seen.at !== undefined) return { ms: seen.at, domContentLoaded: seen.dcl, origin: seen.origin };
    if (Date.now() > deadline) throw new Error('the reloaded popup showed no verdict');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens the popup (closing none): returns it once its verdict shows, and how long its document took to start. */
async function openOnce(ext: Extension, seen: string[]): Promise<{ popup: PopupTarget; openMs: number }> {
  const worker = await ext.session.worker();
  const openedAt = await worker.evaluate(async () => {
    const at = Date.now();
    await chrome.action.openPopup();
    return at;
  });
  const popup = await PopupTarget.find(ext.session.context, ext.session.extensionId, seen);
  seen.push(popup.targetId);
  await popup.waitForTestId(['verdict']);
  return { popup, openMs: (await popup.evaluate<number>('performance.timeOrigin')) - openedAt };
}

export async function popupRender(ext: Extension, tab: Page, samples: number): Promise<PopupRun> {
  await tab.bringToFront();
  const seen: string[] = [];
  const opens: number[] = [];
  const opensAgain: number[] = [];
  const openAndClose = async (into: number[]) => {
    const { popup, openMs } = await openOnce(ext, seen);
    into.push(openMs);
    await popup.close();
    await tab.bringToFront();
  };
  for (let i = 0; i < samples; i++) {
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    await openAndClose(opens);
    await openAndClose(opensAgain);
  }
  const { popup } = await openOnce(ext, seen);
  try {
    let origin = await popup.evaluate<number>('performance.timeOrigin');
    await popup.call('Page.enable');
    await popup.call('Page.addScriptToEvaluateOnNewDocument', { source: OBSERVE_VERDICT });
    const renders: number[] = [];
    const parsed: number[] = [];
    for (let i = 0; i < samples; i++) {
      await popup.call('Page.reload');
      const shown = await verdictAfterReload(popup, origin);
      origin = shown.origin;
      renders.push(shown.ms);
      parsed.push(shown.domContentLoaded);
    }
    const open = latencyOf(opens);
    const render = latencyOf(renders);
    return { open, openAgain: latencyOf(opensAgain), render, domContentLoaded: latencyOf(parsed), totalMs: Math.round(open.p50_ms + render.p50_ms) };
  } finally {
    await popup.close();
  }
}
