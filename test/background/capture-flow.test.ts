/** Wire-site capture through the background's messages, on fakes: off by default, then captured once accepted. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { capturedBadge } from '../../src/background/capture-badge';
import { offerCaptureOnInstall } from '../../src/background/capture-onboarding';
import { extractFromHtml } from '../../src/extract';
import type { CaptureSettings, ExtractedPage, TabState } from '../../src/messages';
import { FakeBrowser } from './fake-browser';
import { ask, backgroundOnFakes, fixtureCorpus } from './helpers';

const wireUrl = 'http://www.reuters.com:8123/world/europe/norlandia-ferry-crews-agree-pay-deal-2031-11-03/';
const storyId = 'https://www.reuters.com/world/europe/norlandia-ferry-crews-agree-pay-deal-2031-11-03/';

function wirePage(url = wireUrl): ExtractedPage {
  const html = readFileSync(new URL('../fixtures/capture/reuters-article.html', import.meta.url), 'utf8');
  const page = extractFromHtml(html, (source) => parseHTML(source).document as unknown as Document, url);
  if (!page) throw new Error('the fixture did not extract');
  return page;
}

async function withWireTab() {
  const browser = new FakeBrowser();
  const background = backgroundOnFakes(browser);
  await background.corpus.importRecords(fixtureCorpus());
  browser.addTab({ id: 5, url: wireUrl, contentScript: () => ({ page: wirePage() }) });
  const request = async <T = TabState>(type: string, payload: unknown): Promise<T> => {
    const reply = await ask(background.route, { type, payload }, browser.pageSender('options.html'));
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as T;
  };
  const report = async (page = wirePage()) => {
    const reply = await ask(background.route, { type: 'page-extracted', payload: { page } }, browser.contentSender(5));
    if (!reply.ok) throw new Error(reply.error);
  };
  return { ...background, browser, request, report };
}

describe('wire-site capture in the background', () => {
  it('is off until accepted: a wire story is traced, not added', async () => {
    const { report, request, corpus, browser } = await withWireTab();
    expect(await request<CaptureSettings>('capture-settings-get', {})).toMatchObject({ enabled: false, offered: false });
    await report();
    expect(await corpus.count()).toBe(8);
    const state = await request('tab-state', { tabId: 5 });
    expect(state.status).toBe('done');
    expect(state.captured).toBeUndefined();
    expect(browser.badges.get(5)?.text).not.toBe(capturedBadge.text);
  });

  it('once accepted, adds the story (agency, id, title, time, paragraphs) and marks the tab captured', async () => {
    const { report, request, corpus, store, browser } = await withWireTab();
    const trace = vi.spyOn(corpus, 'trace');
    await request('capture-settings-set', { enabled: true, offered: true });
    await report();
    expect(await corpus.count()).toBe(9);
    const [story] = await store.load([storyId]);
    expect(story).toMatchObject({
      id: storyId,
      url: storyId,
      agency: 'Reuters',
      title: "Norlandia's ferry crews agree three-year pay deal, ending threat of winter strike",
      published: '2031-11-03T08:05:00Z',
    });
    expect(story.text.split('\n\n')).toEqual(wirePage().paragraphs);
    expect(trace).not.toHaveBeenCalled();

    const state = await request('tab-state', { tabId: 5 });
    expect(state).toMatchObject({ status: 'idle', captured: true, corpusCount: 9 });
    expect(browser.badges.get(5)).toEqual({ text: '+', color: capturedBadge.colour });
    expect(browser.titles.get(5)).toBe('Captured into your corpus');
    expect(trace).not.toHaveBeenCalled();
  });

  it('a revisit of the same story (other tracking parameters, fragment) adds nothing', async () => {
    const { report, request, corpus, browser } = await withWireTab();
    await request('capture-settings-set', { enabled: true, offered: true });
    await report();
    const imports = vi.spyOn(corpus, 'importRecords');
    await report(wirePage(`${wireUrl}?utm_campaign=again#comments`));
    await report();
    expect(imports).toHaveBeenCalledTimes(2);
    for (const { value } of imports.mock.results) expect(await value).toEqual({ added: 0, updated: 0, errors: [] });
    expect(await corpus.count()).toBe(9);
    expect((await request<{ total: number }>('corpus-list', { query: 'norlandia ferry', offset: 0, limit: 10 })).total).toBe(1);
    expect(browser.badges.get(5)?.text).toBe('+');
  });

  it('captures with auto-trace off, and never on a never-trace site', async () => {
    const { report, request, corpus } = await withWireTab();
    await request('capture-settings-set', { enabled: true, offered: true });
    await request('settings-set', { autoTrace: false, neverTrace: ['reuters.com'] });
    await report();
    expect(await corpus.count()).toBe(8);
    expect(await request('tab-state', { tabId: 5 })).toMatchObject({ status: 'disabled' });
    await request('settings-set', { neverTrace: [] });
    await report();
    expect(await corpus.count()).toBe(9);
  });

  it('a page elsewhere is traced as before', async () => {
    const { report, request, corpus, browser } = await withWireTab();
    await request('capture-settings-set', { enabled: true, offered: true });
    browser.tabs.get(5)!.url = 'https://news.example/world/ferries';
    await report(wirePage('https://news.example/world/ferries'));
    expect(await corpus.count()).toBe(8);
    expect((await request('tab-state', { tabId: 5 })).status).toBe('done');
  });

  it('a story the corpus cannot take (full storage, no text) is traced instead of shown as captured', async () => {
    const { report, request, corpus, browser } = await withWireTab();
    await request('capture-settings-set', { enabled: true, offered: true });
    vi.spyOn(corpus, 'importRecords').mockResolvedValueOnce({ added: 0, updated: 0, errors: [], storageFull: true });
    await report();
    expect(await request('tab-state', { tabId: 5 })).toMatchObject({ status: 'done', corpusCount: 8 });
    expect(browser.badges.get(5)?.text).not.toBe('+');

    await report({ ...wirePage(), paragraphs: [] });
    expect(await request('tab-state', { tabId: 5 })).not.toMatchObject({ captured: true });
    expect(await corpus.count()).toBe(8);
  });

  it('the badge title returns to the usual one when the tab moves on', async () => {
    const { report, request, tracker, browser } = await withWireTab();
    browser.messages.actionTitle = 'Trace this story to its wire source';
    await request('capture-settings-set', { enabled: true, offered: true });
    await report();
    await tracker.navigated(5, 'https://news.example/other');
    expect(browser.badges.get(5)?.text).toBe('');
    expect(browser.titles.get(5)).toBe('Trace this story to its wire source');
  });
});

describe('first run', () => {
  it('opens the options page on install only, until the choice was answered', async () => {
    const browser = new FakeBrowser();
    await offerCaptureOnInstall(browser.api, { reason: 'update' });
    expect(browser.optionsOpens).toBe(0);
    await offerCaptureOnInstall(browser.api, { reason: 'install' });
    expect(browser.optionsOpens).toBe(1);
    const { route } = backgroundOnFakes(browser);
    await ask(route, { type: 'capture-settings-set', payload: { offered: true } }, browser.pageSender('options.html'));
    await offerCaptureOnInstall(browser.api, { reason: 'install' });
    expect(browser.optionsOpens).toBe(1);
  });

  it('refuses capture settings from a web page', async () => {
    const browser = new FakeBrowser();
    const { route } = backgroundOnFakes(browser);
    browser.addTab({ id: 9, url: 'https://evil.example/' });
    const reply = await ask(route, { type: 'capture-settings-set', payload: { enabled: true } }, browser.contentSender(9));
    expect(reply.ok).toBe(false);
  });
});
