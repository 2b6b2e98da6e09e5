/** The content script on a wire site: with auto-trace off it reports the page only when capture is on. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultCaptureSettings } from '../../src/platform/wire-sites';
import { fakeContentPage, resetContentPage } from '../content/fake-content-page';

const fixture = readFileSync(new URL('../fixtures/capture/reuters-article.html', import.meta.url), 'utf8');

afterEach(resetContentPage);

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
    const { sent } = fakeContentPage(fixture, href, stored);
    await import('../../src/content/main');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).toHaveLength(reports);
    if (reports) expect(sent[0]).toMatchObject({ type: 'page-extracted', payload: { page: { siteName: 'Reuters' } } });
  });
});
