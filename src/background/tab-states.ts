/**
 * Each tab's last state (trace result included), cached per tab and URL. Kept in memory and mirrored to
 * storage.session, so a stopped and woken service worker still answers the popup without tracing again.
 */
import type { TabState } from '../messages';
import type { BackgroundApi } from '../platform/browser-api';

const prefix = 'tab:';

export class TabStates {
  private readonly memory = new Map<number, TabState>();

  constructor(private readonly api: Pick<BackgroundApi, 'storage'>) {}

  async get(tabId: number): Promise<TabState | undefined> {
    const cached = this.memory.get(tabId);
    if (cached) return cached;
    const stored = (await this.api.storage.session.get(prefix + tabId))[prefix + tabId] as TabState | undefined;
    if (stored) this.memory.set(tabId, stored);
    return stored;
  }

  async set(tabId: number, state: TabState): Promise<void> {
    this.memory.set(tabId, state);
    try {
      await this.api.storage.session.set({ [prefix + tabId]: state });
    } catch {
      // Session storage is full (a huge result): the state still lives in memory while the worker does.
    }
  }

  async delete(tabId: number): Promise<void> {
    this.memory.delete(tabId);
    await this.api.storage.session.remove(prefix + tabId);
  }

  /** Forgets every tab's state (the corpus changed); returns the tabs that had one. */
  async clear(): Promise<number[]> {
    const inMemory = [...this.memory.keys()];
    this.memory.clear();
    const stored = Object.keys(await this.api.storage.session.get(null)).filter((key) => key.startsWith(prefix));
    await this.api.storage.session.remove(stored);
    return [...new Set([...inMemory, ...stored.map((key) => Number(key.slice(prefix.length)))])];
  }
}
