/**
 * The content script's world in a unit test: a page (linkedom), its location, and a mocked webextension-polyfill
 * whose storage holds `stored` and which records the messages sent and the listeners installed.
 */
import { parseHTML } from 'linkedom';
import { vi } from 'vitest';

export function fakeContentPage(html: string, href: string, stored: Record<string, unknown> = {}) {
  const sent: unknown[] = [];
  const listeners: Array<(message: unknown) => unknown> = [];
  vi.doMock('webextension-polyfill', () => ({
    default: {
      runtime: {
        sendMessage: async (message: unknown) => {
          sent.push(message);
          return { ok: true, value: { ok: true } };
        },
        onMessage: { addListener: (listener: (message: unknown) => unknown) => listeners.push(listener) },
      },
      storage: { local: { get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}) } },
    },
  }));
  vi.stubGlobal('document', parseHTML(html).document);
  vi.stubGlobal('location', new URL(href));
  return { sent, listeners };
}

/** Undoes `fakeContentPage`; the script marks the global scope so a second injection does nothing. */
export function resetContentPage(): void {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('wiretrace.content')];
  vi.unstubAllGlobals();
  vi.resetModules();
  vi.doUnmock('webextension-polyfill');
}
