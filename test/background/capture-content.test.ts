/** The content script on a wire site: with auto-trace off it reports the page only when capture is on. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultCaptureSettings } from '../../src/platform/wire-sites';

const fixture = readFileSync(new URL('../fixtures/capture/reuters-article.html', import.meta.url), 'utf8');

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('wiretrace.content')];
  vi.unstubAllGlobals();
  vi.resetModules();
  vi.doUnmock('webextension-polyfill');
});

function fakeExtension(stored: Record<string, unknown>, href: string) {
  const sent: unknown[] = [];
  vi.doMock('webextension-polyfill', () => ({
    default: {
      runtime: {
        sendMessage: async (message: unknown) => {
          sent.push(message);
          return { ok: true, value: { ok: true } };
        },
        onMessage: { addListener: () => undefined },
      },
      storage: { local: { get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}) } },
    },
  }));
  vi.stubGlobal('document', parseHTML(fixture).document);
  vi.stubGlobal('location', new URL(href));
  return sent;
}

const wireUrl = 'https://www.reuters.com/world/europe/norlandia-ferry-crews-agree-pay-deal-2031-11-03/';
const manualOnly = { autoTrace: false, neverTrace: [] };
const captureOn = { ...defaultCaptureSettings, enabled: true, offered: true };

describe('content script and wire-site capture', () => {
  it.each([
    ['capture on, a wire site', { settings: manualOnly, wireCapture: captureOn }, wireUrl, 1],
    ['capture off', { settings: manualOnly }, wireUrl, 0],
    ['capture on, not a wire site', { settings: manualOnly, wireCapture: captureOn }, 'https://news.example/ferries', 0],
    ['capture on, a wire site on the never-trace list', { settings: { autoTrace: false, neverTrace: ['reuters.com'] }, wireCapture: captureOn }, wireUrl, 0],
  ])('with auto-trace off, the page reports itself: %s → %i times', async (_case, stored, href, reports) => {
    const sent = fakeExtension(stored, href);
    await import('../../src/content/main');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).toHaveLength(reports);
    if (reports) expect(sent[0]).toMatchObject({ type: 'page-extracted', payload: { page: { siteName: 'Reuters' } } });
  });
});
