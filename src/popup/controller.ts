/**
 * The popup's behaviour: ask the background what it knows about the tab first (a page traced at load opens
 * with its result, no spinner), trace only when nothing is known, and wait out a trace already running.
 */
import type { TabState } from '../messages';
import { t } from '../ui/i18n';
import type { Send } from '../ui/send';
import { renderPopup } from './render';
import { evidenceFileName, evidenceOf, plainTextReport } from './report';
import type { Notice, PopupActions, PopupView } from './view';

export interface PopupDeps {
  send: Send;
  tabId: number;
  openOptions(): void;
  download(blob: Blob, fileName: string): void;
  copyText(text: string): Promise<void>;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

const pollMs = 300;
/** A trace that runs longer than this is reported instead of spun on forever. */
const pollLimitMs = 120_000;

export async function startPopup(root: HTMLElement, deps: PopupDeps): Promise<void> {
  const now = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let view: PopupView | undefined;

  const show = (next: PopupView) => {
    view = next;
    renderPopup(root, view, actions);
  };
  const failed = (error: unknown): PopupView => ({
    tab: { status: 'error', message: messageOf(error), corpusCount: view?.tab.corpusCount ?? 0, url: view?.tab.url, page: view?.tab.page },
  });

  async function settle(tab: TabState): Promise<TabState> {
    for (let waited = 0; tab.status === 'tracing'; waited += pollMs) {
      if (waited >= pollLimitMs) return { ...tab, status: 'error', message: t('errorTimeout') };
      show({ tab });
      await sleep(pollMs);
      tab = await deps.send('tab-state', { tabId: deps.tabId });
    }
    return tab;
  }

  async function traceNow(from: TabState): Promise<void> {
    show({ tab: { ...from, status: 'tracing', result: undefined, message: undefined } });
    show({ tab: await settle(await deps.send('trace-tab', { tabId: deps.tabId })) });
  }

  /** Runs an action with its controls disabled; its notice (or its error) shows once it ends. */
  async function act(work: (tab: TabState) => Promise<{ tab?: TabState; notice?: Notice } | void>): Promise<void> {
    if (!view || view.busy) return;
    const before = view.tab;
    show({ tab: before, busy: true });
    try {
      const outcome = await work(before);
      show({ tab: outcome?.tab ?? before, notice: outcome?.notice });
    } catch (error) {
      show({ tab: before, notice: { kind: 'error', text: messageOf(error) } });
    }
  }

  const actions: PopupActions = {
    traceAgain: () => {
      if (view && !view.busy) traceNow(view.tab).catch((error) => show(failed(error)));
    },
    addToCorpus: (agency) =>
      void act(async () => {
        const { id } = await deps.send('add-page-to-corpus', { tabId: deps.tabId, ...(agency ? { agency } : {}) });
        const tab = await deps.send('tab-state', { tabId: deps.tabId });
        return { tab, notice: { kind: 'ok', text: t('addedToCorpus', id) } };
      }),
    downloadEvidence: () =>
      void act(async (tab) => {
        if (!tab.result) return;
        const json = JSON.stringify(evidenceOf(tab, tab.result, now()), null, 2);
        deps.download(new Blob([json], { type: 'application/json' }), evidenceFileName(tab, now()));
        return { notice: { kind: 'ok', text: t('evidenceDownloaded') } };
      }),
    copyReport: () =>
      void act(async (tab) => {
        if (!tab.result) return;
        await deps.copyText(plainTextReport(tab, tab.result, now()));
        return { notice: { kind: 'ok', text: t('reportCopied') } };
      }),
    openOptions: () => deps.openOptions(),
  };

  try {
    const tab = await deps.send('tab-state', { tabId: deps.tabId });
    // A page captured into the corpus would only be traced to itself: say it was captured instead.
    if (tab.status === 'idle' && !tab.captured) await traceNow(tab);
    else show({ tab: await settle(tab) });
  } catch (error) {
    show(failed(error));
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
