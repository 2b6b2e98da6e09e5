import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../src/messages';
import { parseHosts } from '../../src/options/hosts';
import { mountSettings } from '../../src/options/settings-view';
import { installFakeExt, makeRoot } from './fake-ext';
import { mockSend } from './mock-send';

beforeEach(() => installFakeExt());

describe('parseHosts', () => {
  it('takes host names and URLs, one per line or separated by commas, and flags the rest', () => {
    expect(parseHosts('example.com\nhttps://News.Example.org/path, *.blog.example\n\nexample.com  not_a host!')).toEqual({
      hosts: ['example.com', 'news.example.org', 'blog.example'],
      invalid: ['not_a', 'host!'],
    });
  });
});

describe('settings form', () => {
  async function mount(initial: Settings) {
    const { root } = makeRoot();
    let stored = initial;
    const { send, calls } = mockSend({
      'settings-get': () => stored,
      'settings-set': (change) => (stored = { ...stored, ...change }),
    });
    await mountSettings(root, send);
    const one = <T extends HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`)!;
    const Event = (root.ownerDocument.defaultView as unknown as typeof globalThis).Event;
    return { root, calls, one, Event, stored: () => stored };
  }

  it('shows the stored choice and saves a new one at once', async () => {
    const { one, calls, Event, stored } = await mount({ autoTrace: true, neverTrace: ['a.example'] });
    expect(one('auto-trace-true').hasAttribute('checked')).toBe(true);
    expect(one('auto-trace-false').hasAttribute('checked')).toBe(false);
    expect(one<HTMLTextAreaElement>('never-trace').value).toBe('a.example');
    one('auto-trace-false').dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(stored().autoTrace).toBe(false));
    expect(calls.at(-1)).toEqual({ type: 'settings-set', payload: { autoTrace: false } });
    await vi.waitFor(() => expect(one('settings-status').textContent).toBe('Settings saved.'));
  });

  it('saves the never-trace sites, or says which entries are not sites', async () => {
    const { one, Event, stored, calls } = await mount({ autoTrace: false, neverTrace: [] });
    const hosts = one<HTMLTextAreaElement>('never-trace');
    hosts.value = 'example.com\nbad entry!';
    one('never-trace-form').dispatchEvent(new Event('submit', { cancelable: true }));
    await Promise.resolve();
    expect(one('settings-status').textContent).toBe('Not a site name: entry!');
    expect(calls.filter((c) => c.type === 'settings-set')).toHaveLength(0);

    hosts.value = 'https://www.Example.com/x\nother.example';
    one('never-trace-form').dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(stored().neverTrace).toEqual(['www.example.com', 'other.example']));
  });
});
