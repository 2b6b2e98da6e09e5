/**
 * The content script's world in a unit test: a page (linkedom), its location, and Chrome's `chrome` global, whose
 * storage holds `stored` and which records the messages sent and the listeners installed. `answer` asks a listener
 * as the browser does, and gives what it sent back (undefined when it left the message alone).
 */
import { parseHTML } from 'linkedom';
import { vi } from 'vitest';
import type { ContentApi } from '../../src/content/content-api';

type Listener = Parameters<ContentApi['runtime']['onMessage']['addListener']>[0];

export function fakeContentPage(html: string, href: string, stored: Record<string, unknown> = {}) {
  const sent: unknown[] = [];
  const listeners: Listener[] = [];
  vi.stubGlobal('chrome', {
    runtime: {
      sendMessage: async (message: unknown) => {
        sent.push(message);
        return { ok: true, value: { ok: true } };
      },
      onMessage: { addListener: (listener: Listener) => listeners.push(listener) },
    },
    storage: { local: { get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}) } },
  } satisfies ContentApi);
  vi.stubGlobal('document', parseHTML(html).document);
  vi.stubGlobal('location', new URL(href));
  const answer = (listener: Listener, message: unknown): unknown => {
    let response: unknown;
    listener(message, {}, (value) => (response = value));
    return response;
  };
  return { sent, listeners, answer };
}

/** Undoes `fakeContentPage`; the script marks the global scope so a second injection does nothing. */
export function resetContentPage(): void {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('wiretrace.content')];
  vi.unstubAllGlobals();
  vi.resetModules();
}
