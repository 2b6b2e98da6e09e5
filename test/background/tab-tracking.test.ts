import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { verdictColours } from '../../src/background/badge';
import { createMenus, menuClicked, traceSelectionMenu } from '../../src/background/context-menu';
import type { TabState } from '../../src/messages';
import locale from '../../extension/_locales/en/messages.json';
import { FakeBrowser } from './fake-browser';
import { ask, backgroundOnFakes, derivedPage, fixtureCorpus, page } from './helpers';

const articleUrl = 'http://127.0.0.1/news/port-strike-ends';
const sourceId = 'fict-reuters-valdoria-port-2';

/** A background with the fixture corpus and tab 7 showing the derived article. */
async function withCorpus(browser = new FakeBrowser()) {
  const background = backgroundOnFakes(browser);
  await background.corpus.importRecords(fixtureCorpus());
  browser.addTab({ id: 7, url: articleUrl, title: 'Port strike ends', contentScript: () => ({ page: derivedPage() }) });
  const popup = browser.pageSender('popup.html');
  const request = async (type: string, payload: unknown) => {
    const reply = await ask(background.route, { type, payload }, popup);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as TabState;
  };
  const report = (tabId: number, payload: unknown) => ask(background.route, { type: 'page-extracted', payload }, browser.contentSender(tabId));
  return { ...background, browser, request, report };
}

describe('tracing a tab', () => {
  it('traces an extracted article, caches the result and sets the badge', async () => {
    const { browser, report, request, corpus } = await withCorpus();
    const trace = vi.spyOn(corpus, 'trace');
    await report(7, { page: derivedPage() });
    const state = await request('tab-state', { tabId: 7 });
    expect(state).toMatchObject({ status: 'done', subject: 'page', url: articleUrl, corpusCount: 8 });
    expect(state.page).toMatchObject({ title: 'Port strike ends as dockers accept 9.5% pay rise', siteName: 'The Harbour Courier' });
    expect(state.result?.verdict).toBe('derived');
    expect(state.result?.source?.id).toBe(sourceId);
    expect(browser.badges.get(7)).toEqual({ text: `R ${Math.round(state.result!.reuse * 100)}%`, color: verdictColours.derived });
    expect(trace).toHaveBeenCalledTimes(1);
  });

  it('reports a page without an article, with the content script’s reason and no badge', async () => {
    const { browser, report, request } = await withCorpus();
    browser.addTab({ id: 8, url: 'https://shop.example/' });
    await report(8, { page: null, reason: 'This page does not look like an article.' });
    expect(await request('tab-state', { tabId: 8 })).toMatchObject({ status: 'not-article', message: 'This page does not look like an article.' });
    expect(browser.badges.get(8)?.text).toBe('');
  });

  it('does not trace never-trace sites, subdomains included', async () => {
    const { browser, report, request, corpus } = await withCorpus();
    await request('settings-set', { neverTrace: ['127.0.0.1'] });
    const trace = vi.spyOn(corpus, 'trace');
    await report(7, { page: derivedPage() });
    expect(await request('tab-state', { tabId: 7 })).toMatchObject({ status: 'disabled' });
    expect(await request('trace-tab', { tabId: 7 })).toMatchObject({ status: 'disabled' });
    expect(trace).not.toHaveBeenCalled();
    expect(browser.badges.get(7)?.text).toBe('');
  });

  it('with auto-trace off, waits for the popup to ask', async () => {
    const { report, request, corpus } = await withCorpus();
    await request('settings-set', { autoTrace: false });
    const trace = vi.spyOn(corpus, 'trace');
    await report(7, { page: derivedPage() });
    expect(await request('tab-state', { tabId: 7 })).toMatchObject({ status: 'idle', page: { siteName: 'The Harbour Courier' } });
    expect(trace).not.toHaveBeenCalled();
    expect(await request('trace-tab', { tabId: 7 })).toMatchObject({ status: 'done', result: { source: { id: sourceId } } });
  });

  it('says when the corpus is empty', async () => {
    const browser = new FakeBrowser();
    const { route } = backgroundOnFakes(browser);
    browser.addTab({ id: 7, url: articleUrl, contentScript: () => ({ page: derivedPage() }) });
    const reply = await ask(route, { type: 'trace-tab', payload: { tabId: 7 } }, browser.pageSender());
    expect(reply).toMatchObject({ ok: true, value: { status: 'empty-corpus', corpusCount: 0 } });
  });

  it('refuses pages that are not on the web', async () => {
    const { browser, request } = await withCorpus();
    browser.addTab({ id: 9, url: 'chrome://newtab/' });
    expect(await request('tab-state', { tabId: 9 })).toMatchObject({ status: 'not-article', message: 'Wiretrace traces web pages (http and https) only.' });
  });

  it('extracts again through the content script when the page is not at hand', async () => {
    const { request } = await withCorpus();
    expect(await request('trace-tab', { tabId: 7 })).toMatchObject({ status: 'done', result: { source: { id: sourceId } } });
  });

  it('injects the content script into a tab that predates the extension', async () => {
    const { browser, request } = await withCorpus();
    const tab = browser.addTab({ id: 10, url: articleUrl });
    browser.executeScript = () => {
      tab.contentScript = () => ({ page: derivedPage() });
      return [];
    };
    expect(await request('tab-state', { tabId: 10 })).toMatchObject({ status: 'done' });
    expect(browser.injected).toEqual([{ target: { tabId: 10 }, files: ['content.js'] }]);
  });

  it('shows an error state when the page cannot be reached', async () => {
    const { browser, request } = await withCorpus();
    browser.addTab({ id: 11, url: 'https://locked.example/a' });
    expect(await request('trace-tab', { tabId: 11 })).toMatchObject({ status: 'error', message: 'Cannot access contents of the page.' });
  });
});

describe('cached states', () => {
  it('survive a worker restart: the woken worker answers from session storage and the stored index', async () => {
    const browser = new FakeBrowser();
    const first = await withCorpus(browser);
    await first.report(7, { page: derivedPage() });
    await first.corpus.flush();

    const woken = backgroundOnFakes(browser, first.dbName);
    const trace = vi.spyOn(woken.corpus, 'trace');
    const cached = await ask(woken.route, { type: 'tab-state', payload: { tabId: 7 } }, browser.pageSender());
    expect(cached).toMatchObject({ ok: true, value: { status: 'done', result: { source: { id: sourceId } } } });
    expect(trace).not.toHaveBeenCalled();

    const again = await ask(woken.route, { type: 'trace-tab', payload: { tabId: 7 } }, browser.pageSender());
    expect(again).toMatchObject({ ok: true, value: { status: 'done', result: { source: { id: sourceId } } } });
    expect(woken.corpus.indexSource).toBe('stored');
  });

  it('are dropped, badges too, when the corpus changes', async () => {
    const { browser, report, request, corpus } = await withCorpus();
    await report(7, { page: derivedPage() });
    expect(browser.badges.get(7)?.text).not.toBe('');
    await request('corpus-delete', { ids: [sourceId] });
    expect(browser.badges.get(7)?.text).toBe('');
    const trace = vi.spyOn(corpus, 'trace');
    const state = await request('tab-state', { tabId: 7 });
    expect(trace).toHaveBeenCalledTimes(1);
    expect(state.result?.source?.id).not.toBe(sourceId);
  });

  it('are reused when the same page reports again, and dropped when the tab navigates away', async () => {
    const { browser, report, corpus, tracker } = await withCorpus();
    await report(7, { page: derivedPage() });
    const trace = vi.spyOn(corpus, 'trace');
    await report(7, { page: derivedPage() });
    expect(trace).not.toHaveBeenCalled();
    await tracker.navigated(7, `${articleUrl}#comments`);
    expect(browser.badges.get(7)?.text).not.toBe('');
    browser.tabs.get(7)!.url = 'http://127.0.0.1/news/other';
    await tracker.navigated(7, 'http://127.0.0.1/news/other');
    expect(browser.badges.get(7)?.text).toBe('');
  });

  it('a trace that ran across a corpus change is returned but not cached', async () => {
    const { report, request, corpus } = await withCorpus();
    const realTrace = corpus.trace.bind(corpus);
    const trace = vi.spyOn(corpus, 'trace').mockImplementationOnce(async (input) => {
      await corpus.importRecords([{ id: 'late', agency: 'AP', title: 'Late fictional story', text: 'A late fictional paragraph.' }]);
      return realTrace(input);
    });
    await report(7, { page: derivedPage() });
    await request('tab-state', { tabId: 7 });
    expect(trace).toHaveBeenCalledTimes(2);
  });

  it('a tab closed during its trace leaves no error behind', async () => {
    const { browser, report, tracker } = await withCorpus();
    browser.addTab({ id: 12, url: articleUrl });
    const reporting = report(12, { page: derivedPage() });
    browser.tabs.delete(12);
    await tracker.closed(12);
    expect(await reporting).toEqual({ ok: true, value: { ok: true } });
  });
});

describe('popup actions', () => {
  it('adds the page to the corpus as a story and marks the tab captured', async () => {
    const { request, corpus, store } = await withCorpus();
    const added = (await request('add-page-to-corpus', { tabId: 7, agency: 'Courier' })) as unknown as { id: string };
    expect(added.id).toBe('http://127.0.0.1/news/port-strike-ends');
    expect(await corpus.count()).toBe(9);
    const [record] = await store.load([added.id]);
    expect(record).toMatchObject({ agency: 'Courier', title: 'Port strike ends as dockers accept 9.5% pay rise' });
    expect(record.text.split('\n\n')).toEqual(derivedPage().paragraphs);
    expect(await request('tab-state', { tabId: 7 })).toMatchObject({ status: 'idle', captured: true, corpusCount: 9 });
  });

  it('traces pasted text', async () => {
    const { request } = await withCorpus();
    const text = derivedPage().paragraphs.join('\n\n');
    const result = (await request('trace-text', { text, title: 'Pasted' })) as unknown as { verdict: string; source: { id: string } };
    expect(result).toMatchObject({ verdict: 'derived', source: { id: sourceId } });
  });
});

describe('"Trace selected text"', () => {
  const selection = derivedPage().paragraphs.slice(0, 5).join('\n\n');

  it('creates a selection-only menu item', async () => {
    const browser = new FakeBrowser();
    browser.messages.contextMenuTraceSelection = locale.contextMenuTraceSelection.message;
    await createMenus(browser.api);
    await createMenus(browser.api);
    expect(browser.menus).toEqual([{ id: traceSelectionMenu, title: 'Trace selected text', contexts: ['selection'] }]);
    browser.messages.contextMenuTraceSelection = 'Den markierten Text verfolgen';
    await createMenus(browser.api);
    expect(browser.menus).toEqual([{ id: traceSelectionMenu, title: 'Den markierten Text verfolgen', contexts: ['selection'] }]);
  });

  it('opens the popup at once; the popup’s tab-state waits for the selection’s trace', async () => {
    const { browser, request, tracker } = await withCorpus();
    browser.executeScript = () => [{ frameId: 0, result: selection }];
    menuClicked(browser.api, tracker, { menuItemId: traceSelectionMenu, editable: false, modifiers: [], frameId: 0 }, { id: 7, url: articleUrl, title: 'Port strike ends', index: 0, highlighted: false, active: true, pinned: false, incognito: false });
    expect(browser.popupOpens).toBe(1);
    const state = await request('tab-state', { tabId: 7 });
    expect(state).toMatchObject({ status: 'done', subject: 'selection', page: { title: 'Port strike ends' }, result: { source: { id: sourceId } } });
    expect(browser.badges.get(7)?.text).toMatch(/^R \d+%$/);
  });

  it('falls back to the menu’s text and to a popup tab when openPopup is refused', async () => {
    const { browser, request, tracker } = await withCorpus();
    browser.openPopupFails = true;
    menuClicked(browser.api, tracker, { menuItemId: traceSelectionMenu, editable: false, modifiers: [], selectionText: selection.replace(/\n+/g, ' ') }, { id: 7, url: articleUrl, index: 0, highlighted: false, active: true, pinned: false, incognito: false });
    const state = await request('tab-state', { tabId: 7 });
    expect(state).toMatchObject({ status: 'done', subject: 'selection', result: { source: { id: sourceId } } });
    await vi.waitFor(() => expect(browser.createdTabs).toEqual(['chrome-extension://wiretrace-test-id/popup.html?tab=7']));
  });

  it('says so when nothing was selected', async () => {
    const { browser, tracker, request } = await withCorpus();
    browser.executeScript = () => [{ frameId: 0, result: '  ' }];
    menuClicked(browser.api, tracker, { menuItemId: traceSelectionMenu, editable: false, modifiers: [] }, { id: 7, url: articleUrl, index: 0, highlighted: false, active: true, pinned: false, incognito: false });
    expect(await request('tab-state', { tabId: 7 })).toMatchObject({ status: 'not-article', subject: 'selection', message: 'No text was selected.' });
  });
});

it('page() helper builds fictional pages', () => {
  expect(page('https://x.example/').paragraphs.length).toBe(2);
});
