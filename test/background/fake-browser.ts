/** An in-memory stand-in for the WebExtension API the background uses, recording what it was asked to do. */
import type { BackgroundApi, MessageSender } from '../../src/platform/browser-api';

export const extensionId = 'wiretrace-test-id';
export const extensionOrigin = `chrome-extension://${extensionId}/`;

type Keys = string | string[] | null | undefined | Record<string, unknown>;

class FakeArea {
  readonly data = new Map<string, unknown>();
  async get(keys?: Keys): Promise<Record<string, unknown>> {
    const wanted = keys === null || keys === undefined ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
    return Object.fromEntries(wanted.filter((key) => this.data.has(key)).map((key) => [key, structuredClone(this.data.get(key))]));
  }
  async set(items: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(items)) this.data.set(key, structuredClone(value));
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.data.delete(key);
  }
}

export interface FakeTab {
  id: number;
  url: string;
  title?: string;
  /** What the tab's content script answers to tabs.sendMessage; undefined = no content script. */
  contentScript?: (message: unknown) => unknown;
}

export class FakeBrowser {
  readonly tabs = new Map<number, FakeTab>();
  readonly badges = new Map<number, { text: string; color?: string }>();
  readonly titles = new Map<number, string>();
  optionsOpens = 0;
  readonly createdTabs: string[] = [];
  readonly menus: unknown[] = [];
  readonly injected: unknown[] = [];
  popupOpens = 0;
  /** Locale strings i18n.getMessage knows. */
  messages: Record<string, string> = {};
  openPopupFails = false;
  /** Run for scripting.executeScript; by default the injection fails like a page that refuses scripts. */
  executeScript: (details: unknown) => unknown[] = () => {
    throw new Error('Cannot access contents of the page.');
  };
  /** Alarms created by name; host patterns permissions.contains denies (everything else is granted). */
  readonly alarms = new Map<string, unknown>();
  readonly deniedOrigins = new Set<string>();
  local = new FakeArea();
  session = new FakeArea();

  addTab(tab: FakeTab): FakeTab {
    this.tabs.set(tab.id, tab);
    return tab;
  }

  /** A sender as the browser reports it for a tab's content script. */
  contentSender(tabId: number, frameId = 0): MessageSender {
    const tab = this.tabs.get(tabId)!;
    return { id: extensionId, url: tab.url, frameId, tab: { id: tabId, url: tab.url, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
  }

  /** A sender for the popup (no tab) or for an extension page in a tab. */
  pageSender(path = 'popup.html', tabId?: number): MessageSender {
    const url = extensionOrigin + path;
    return tabId === undefined ? { id: extensionId, url } : { id: extensionId, url, frameId: 0, tab: { id: tabId, url, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
  }

  readonly api: BackgroundApi = {
    runtime: {
      id: extensionId,
      getURL: (path: string) => extensionOrigin + path.replace(/^\//, ''),
      openOptionsPage: async () => {
        this.optionsOpens += 1;
      },
    },
    action: {
      setBadgeText: async ({ tabId, text }) => {
        if (tabId === undefined || !this.tabs.has(tabId)) throw new Error(`No tab with id: ${tabId}.`);
        this.badges.set(tabId, { ...this.badges.get(tabId), text: text ?? '' });
      },
      setBadgeBackgroundColor: async ({ tabId, color }) => {
        if (tabId === undefined || !this.tabs.has(tabId)) throw new Error(`No tab with id: ${tabId}.`);
        this.badges.set(tabId, { text: this.badges.get(tabId)?.text ?? '', color: String(color) });
      },
      setTitle: async ({ tabId, title }) => {
        if (tabId === undefined || !this.tabs.has(tabId)) throw new Error(`No tab with id: ${tabId}.`);
        this.titles.set(tabId, title ?? '');
      },
      openPopup: async () => {
        if (this.openPopupFails) throw new Error('Could not find an active browser window.');
        this.popupOpens += 1;
      },
    },
    storage: { local: this.local, session: this.session } as unknown as BackgroundApi['storage'],
    tabs: {
      get: async (tabId: number) => {
        const tab = this.tabs.get(tabId);
        if (!tab) throw new Error(`No tab with id: ${tabId}.`);
        return { id: tab.id, url: tab.url, title: tab.title, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
      },
      create: async ({ url }) => {
        this.createdTabs.push(url ?? '');
        return { id: 999, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
      },
      sendMessage: async (tabId: number, message: unknown) => {
        const script = this.tabs.get(tabId)?.contentScript;
        if (!script) throw new Error('Could not establish connection. Receiving end does not exist.');
        return structuredClone(script(message));
      },
    } as BackgroundApi['tabs'],
    scripting: {
      executeScript: async (details: unknown) => {
        this.injected.push(details);
        return this.executeScript(details);
      },
    } as BackgroundApi['scripting'],
    contextMenus: {
      create: (properties: unknown) => {
        this.menus.push(properties);
        return 1;
      },
      removeAll: async () => {
        this.menus.length = 0;
      },
    } as unknown as BackgroundApi['contextMenus'],
    i18n: { getMessage: (key: string) => this.messages[key] ?? '' } as BackgroundApi['i18n'],
    alarms: {
      get: async (name: string) => (this.alarms.has(name) ? { name, scheduledTime: 0, ...(this.alarms.get(name) as object) } : undefined),
      create: (name: string, info: unknown) => {
        this.alarms.set(name, info);
      },
      clear: async (name: string) => this.alarms.delete(name),
    } as unknown as BackgroundApi['alarms'],
    permissions: {
      contains: async ({ origins = [] }) => origins.every((origin) => !this.deniedOrigins.has(origin)),
    } as BackgroundApi['permissions'],
  };
}
