/**
 * The few browser-extension APIs the extension pages use, typed once. Firefox exposes promise-based `browser`,
 * Chrome MV3 returns promises from `chrome` too, so no polyfill is needed here — and tests can install a fake.
 */
export interface ExtApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    openOptionsPage(): Promise<void>;
  };
  i18n: {
    getMessage(key: string, substitutions?: string | string[]): string;
    getUILanguage(): string;
  };
  tabs: {
    query(filter: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>>;
  };
}

export function ext(): ExtApi {
  const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
  const api = g.browser?.runtime ? g.browser : g.chrome;
  if (!api?.runtime) throw new Error('Wiretrace pages run only inside the extension.');
  return api;
}
