/**
 * The few WebExtension calls the content script makes, without webextension-polyfill: Firefox's `browser` and
 * Chrome MV3's `chrome` both return promises from them, and a message is answered through `sendResponse`, which
 * both support. The content script is evaluated on every page a reader opens, and the polyfill cost each page 3 to
 * 5 ms of main-thread time to evaluate (BENCHMARKS.md).
 */
export type Respond = (response: unknown) => void;

export interface ContentApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: (message: unknown, sender: unknown, respond: Respond) => void): void };
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

export function contentApi(): ContentApi {
  const g = globalThis as unknown as { browser?: ContentApi; chrome?: ContentApi };
  const api = g.browser?.runtime ? g.browser : g.chrome;
  if (!api?.runtime) throw new Error('The content script runs only inside the extension.');
  return api;
}
