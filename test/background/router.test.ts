import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { extensionId } from './fake-browser';
import { ask, backgroundOnFakes, page, story } from './helpers';

const statsRequest = { type: 'corpus-stats', payload: {} };

describe('message router: sender checks', () => {
  it('answers page messages from the popup and from an extension page in a tab (options)', async () => {
    const { browser, route } = backgroundOnFakes();
    expect(await ask(route, statsRequest, browser.pageSender('popup.html'))).toMatchObject({ ok: true, value: { count: 0 } });
    expect(await ask(route, statsRequest, browser.pageSender('options.html', 12))).toMatchObject({ ok: true });
  });

  it('refuses page messages from a content script, another extension or a web page', async () => {
    const { browser, route, corpus } = backgroundOnFakes();
    browser.addTab({ id: 5, url: 'https://news.example/a' });
    const importing = { type: 'import-records', payload: { records: [story('a')] } };
    const refused = { ok: false, error: `"import-records" is accepted from the extension's own pages only.` };
    expect(await ask(route, importing, browser.contentSender(5))).toEqual(refused);
    expect(await ask(route, importing, { ...browser.pageSender(), id: 'other-extension' })).toEqual(refused);
    expect(await ask(route, importing, { id: extensionId, url: 'https://evil.example/chrome-extension://x' })).toEqual(refused);
    expect(await ask(route, importing, { id: extensionId })).toEqual(refused);
    expect(await corpus.count()).toBe(0);
  });

  it('accepts content messages only from a tab top frame on a web page', async () => {
    const { browser, route } = backgroundOnFakes();
    browser.addTab({ id: 5, url: 'https://news.example/a' });
    const report = { type: 'page-extracted', payload: { page: page('https://news.example/a') } };
    const refused = { ok: false, error: '"page-extracted" is accepted from a tab\'s content script only.' };
    expect(await ask(route, report, browser.pageSender('popup.html'))).toEqual(refused);
    expect(await ask(route, report, browser.pageSender('options.html', 12))).toEqual(refused);
    expect(await ask(route, report, browser.contentSender(5, 3))).toEqual(refused);
    expect(await ask(route, report, { ...browser.contentSender(5), id: 'other-extension' })).toEqual(refused);
    expect(await ask(route, report, browser.contentSender(5))).toEqual({ ok: true, value: { ok: true } });
  });

  it('ignores messages that are not envelopes and names unknown types', async () => {
    const { browser, route } = backgroundOnFakes();
    expect(route('hello', browser.pageSender())).toBeUndefined();
    expect(route({ type: 'corpus-stats' }, browser.pageSender())).toBeUndefined();
    expect(await ask(route, { type: 'format-disk', payload: {} }, browser.pageSender())).toEqual({ ok: false, error: 'Unknown message "format-disk".' });
    expect(await ask(route, { type: 'toString', payload: {} }, browser.pageSender())).toMatchObject({ ok: false });
  });
});

describe('message router: payload checks', () => {
  it('turns malformed payloads into clear errors', async () => {
    const { browser, route } = backgroundOnFakes();
    const from = browser.pageSender();
    expect(await ask(route, { type: 'tab-state', payload: { tabId: 'x' } }, from)).toEqual({ ok: false, error: 'tabId must be a tab id.' });
    expect(await ask(route, { type: 'import-records', payload: { records: 'x' } }, from)).toEqual({ ok: false, error: 'records must be a list.' });
    expect(await ask(route, { type: 'corpus-list', payload: { query: '', offset: -1, limit: 5 } }, from)).toEqual({ ok: false, error: 'offset must be a whole number.' });
    expect(await ask(route, { type: 'corpus-delete', payload: { ids: [1] } }, from)).toEqual({ ok: false, error: 'ids must be a list of story ids.' });
    expect(await ask(route, { type: 'trace-text', payload: { text: '   ' } }, from)).toEqual({ ok: false, error: 'There is no text to trace.' });
  });

  it('refuses a malformed or oversized extracted page from a content script', async () => {
    const { browser, route } = backgroundOnFakes();
    browser.addTab({ id: 5, url: 'https://news.example/a' });
    const from = browser.contentSender(5);
    const malformed = { type: 'page-extracted', payload: { page: { url: 'https://news.example/a', title: 't', paragraphs: [1] } } };
    expect(await ask(route, malformed, from)).toEqual({ ok: false, error: 'The extracted page is malformed.' });
    const huge = { type: 'page-extracted', payload: { page: page('https://news.example/a', ['x'.repeat(2_000_001)]) } };
    expect(await ask(route, huge, from)).toEqual({ ok: false, error: 'The extracted page is too large.' });
  });
});

describe('corpus and settings messages', () => {
  it('imports, lists, exports, deletes, clears and reports stats', async () => {
    const { browser, route, corpus } = backgroundOnFakes();
    const from = browser.pageSender('options.html', 1);
    const send = async (type: string, payload: unknown): Promise<Record<string, unknown>> => {
      const reply = await ask(route, { type, payload }, from);
      if (!reply.ok) throw new Error(reply.error);
      return reply.value as Record<string, unknown>;
    };
    expect(await send('import-records', { records: [story('a'), story('b'), { id: 'bad' }], lines: [1, 2, 3] })).toEqual({
      added: 2, updated: 0, errors: [{ line: 3, reason: '"agency" is missing' }],
    });
    expect(await send('import-records', { records: [story('a')] })).toEqual({ added: 0, updated: 0, errors: [] });
    expect(await send('corpus-search-ahead', {})).toEqual({ ok: true });
    expect(await send('corpus-list', { query: 'story b', offset: 0, limit: 10 })).toMatchObject({ total: 1, items: [{ id: 'b', agency: 'Reuters' }] });
    expect(await send('corpus-export-page', { offset: 0, limit: 10 })).toEqual({ records: [story('a'), story('b')] });
    await corpus.flush();
    const stats = await send('corpus-stats', {});
    expect(stats).toMatchObject({ count: 2, indexSource: 'rebuilt' });
    expect(stats.textBytes).toBeGreaterThan(0);
    expect(stats.indexBytes).toBeGreaterThan(0);
    expect(await send('corpus-delete', { ids: ['a'] })).toEqual({ deleted: 1 });
    expect(await send('corpus-clear', {})).toEqual({ ok: true });
    expect(await corpus.count()).toBe(0);
  });

  it('gets and sets settings', async () => {
    const { browser, route } = backgroundOnFakes();
    const from = browser.pageSender('options.html', 1);
    expect(await ask(route, { type: 'settings-get', payload: {} }, from)).toEqual({ ok: true, value: { autoTrace: true, neverTrace: [] } });
    expect(await ask(route, { type: 'settings-set', payload: { neverTrace: ['Example.com'] } }, from)).toEqual({
      ok: true, value: { autoTrace: true, neverTrace: ['example.com'] },
    });
  });
});
