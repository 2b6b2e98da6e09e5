/** "Trace selected text": traces the selection and shows the result in the popup as the tab's state. */
import type { Menus, Tabs } from 'webextension-polyfill';
import type { BackgroundApi } from '../platform/browser-api';
import type { TabTracker } from './tab-tracker';

export const traceSelectionMenu = 'wiretrace-trace-selection';

/** Menus persist across worker restarts; recreate them on install and update only. */
export async function createMenus(api: Pick<BackgroundApi, 'contextMenus' | 'i18n'>): Promise<void> {
  await api.contextMenus.removeAll();
  api.contextMenus.create({ id: traceSelectionMenu, title: api.i18n.getMessage('contextMenuTraceSelection'), contexts: ['selection'] });
}

export function menuClicked(api: BackgroundApi, tracker: TabTracker, info: Menus.OnClickData, tab?: Tabs.Tab): void {
  if (info.menuItemId !== traceSelectionMenu || tab?.id === undefined) return;
  const tabId = tab.id;
  void tracker.traceSelection(tabId, tab.url, selectedText(api, tabId, info), tab.title);
  // Open the popup at once, while the click still counts as a user action (Firefox requires one); its
  // tab-state request waits for the trace started above. Where openPopup is missing or refused, use a tab.
  const opened = typeof api.action.openPopup === 'function' ? api.action.openPopup() : Promise.reject(new Error());
  opened.catch(() => api.tabs.create({ url: api.runtime.getURL(`popup.html?tab=${tabId}`) }));
}

/**
 * The selection with its paragraph breaks, read from the frame it was made in; the menu's own selectionText
 * has them collapsed into spaces, so it is only the fallback (e.g. a PDF viewer no script can reach).
 */
async function selectedText(api: BackgroundApi, tabId: number, info: Menus.OnClickData): Promise<string> {
  try {
    const [injection] = await api.scripting.executeScript({
      target: { tabId, frameIds: [info.frameId ?? 0] },
      func: () => globalThis.getSelection()?.toString() ?? '',
    });
    if (typeof injection?.result === 'string' && injection.result.trim()) return injection.result;
  } catch {
    // The frame does not accept scripts; fall back to the menu's text.
  }
  return info.selectionText ?? '';
}
