import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { FakeBrowser } from './fake-browser';

/** webextension-polyfill throws outside an extension; the entry point gets the fake API plus event registries. */
const fake = new FakeBrowser();
const listeners = new Map<string, Array<(...args: unknown[]) => unknown>>();
const event = (name: string) => ({ addListener: (listener: (...args: unknown[]) => unknown) => listeners.set(name, [...(listeners.get(name) ?? []), listener]) });

vi.mock('webextension-polyfill', () => ({
  default: {
    ...fake.api,
    runtime: { ...fake.api.runtime, onMessage: event('runtime.onMessage'), onInstalled: event('runtime.onInstalled'), onStartup: event('runtime.onStartup') },
    contextMenus: { ...fake.api.contextMenus, onClicked: event('contextMenus.onClicked') },
    tabs: { ...fake.api.tabs, onUpdated: event('tabs.onUpdated'), onRemoved: event('tabs.onRemoved') },
    alarms: { ...fake.api.alarms, onAlarm: event('alarms.onAlarm') },
  },
}));

describe('background entry point', () => {
  it('registers every listener synchronously at start', async () => {
    await import('../../src/background/main');
    expect([...listeners.keys()].sort()).toEqual([
      'alarms.onAlarm',
      'contextMenus.onClicked',
      'runtime.onInstalled',
      'runtime.onMessage',
      'runtime.onStartup',
      'tabs.onRemoved',
      'tabs.onUpdated',
    ]);
  });

  it('creates the context menu on install and answers messages', async () => {
    await import('../../src/background/main');
    listeners.get('runtime.onInstalled')![0]({ reason: 'install' });
    await vi.waitFor(() => expect(fake.menus).toHaveLength(1));
    const reply = await listeners.get('runtime.onMessage')![0]({ type: 'settings-get', payload: {} }, fake.pageSender());
    expect(reply).toEqual({ ok: true, value: { autoTrace: true, neverTrace: [] } });
  });
});
