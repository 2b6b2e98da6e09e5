/**
 * A stand-in for the extension APIs the UI uses: i18n answers from the real en messages.json (so a missing
 * string fails the test), messaging goes to a handler the test supplies.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { ExtApi } from '../../src/ui/ext';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const messages = JSON.parse(
  readFileSync(new URL('../../extension/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Messages;

/** Chrome's substitution rules: $NAME$ -> placeholder content -> $1..$9 from the substitutions. */
export function getMessage(key: string, substitutions: string | string[] = []): string {
  const entry = messages[key];
  if (!entry) throw new Error(`messages.json has no key "${key}"`);
  const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''));
}

export function installFakeExt(onMessage: (message: unknown) => unknown = () => undefined): ExtApi {
  const api: ExtApi = {
    runtime: {
      sendMessage: async (message) => onMessage(message),
      openOptionsPage: async () => {},
    },
    i18n: { getMessage, getUILanguage: () => 'en-US' },
    tabs: { query: async () => [{ id: 7 }] },
  };
  (globalThis as unknown as { chrome: ExtApi }).chrome = api;
  return api;
}

/** A fresh document with one root element, as the extension pages have. */
export function makeRoot(): { document: Document; root: HTMLElement } {
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  return { document: document as unknown as Document, root: document.getElementById('app') as unknown as HTMLElement };
}
