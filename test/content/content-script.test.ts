import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractionOf } from '../../src/content/extraction';
import { MAX_ARTICLE_CHARS as maxArticleChars } from '../../src/extract';
import { fakeContentPage, resetContentPage } from './fake-content-page';

const fixture = readFileSync(new URL('../fixtures/e2e/derived-article.html', import.meta.url), 'utf8');

function documentOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('content script extraction', () => {
  it('extracts the article as paragraphs with metadata', () => {
    const { page } = extractionOf(documentOf(fixture));
    expect(page?.title).toBe('Port strike ends as dockers accept 9.5% pay rise');
    expect(page?.siteName).toBe('The Harbour Courier');
    expect(page?.paragraphs).toHaveLength(8);
    expect(page?.paragraphs.join(' ')).not.toMatch(/Related|Ferry timetable|does not exist/);
  });

  it('gives a reason when the page is not an article', () => {
    const doc = documentOf('<html><head><title>Shop</title></head><body><nav><a href="/">Home</a></nav><button>Buy</button></body></html>');
    expect(extractionOf(doc)).toEqual({ page: null, reason: 'This page does not look like an article.' });
  });

  it('does not change the page', () => {
    const doc = documentOf(fixture);
    const before = doc.documentElement.outerHTML;
    extractionOf(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps no more than its character budget of a huge article; a script in the title stays plain text', () => {
    const huge = 'Fictional filler sentence number one goes on. '.repeat(120_000);
    const doc = documentOf(`<html><head><title><script>alert(1)</script></title></head><body><article><p>${huge}</p></article></body></html>`);
    const { page } = extractionOf(doc);
    expect(page?.paragraphs.reduce((sum, p) => sum + p.length, 0)).toBe(maxArticleChars);
    expect(page?.title).toBe('<script>alert(1)</script>');
  });
});

describe('content script entry point', () => {
  afterEach(resetContentPage);

  const fakeExtension = (settings?: unknown) =>
    fakeContentPage(fixture, 'https://news.example/port-strike', settings ? { settings } : {});

  it('reports the page once, answers extract-page, and installs one listener even when injected twice', async () => {
    const { sent, listeners, answer } = fakeExtension();
    await import('../../src/content/main');
    vi.resetModules();
    await import('../../src/content/main');
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ type: 'page-extracted', payload: { page: { siteName: 'The Harbour Courier' } } });
    expect(listeners).toHaveLength(1);
    expect(answer(listeners[0], { type: 'extract-page', payload: {} })).toMatchObject({ page: { title: 'Port strike ends as dockers accept 9.5% pay rise' } });
    expect(answer(listeners[0], { type: 'something-else', payload: {} })).toBeUndefined();
  });

  it.each([
    ['auto-trace is off', { autoTrace: false, neverTrace: [] }],
    ['the site is on the never-trace list', { autoTrace: true, neverTrace: ['news.example'] }],
  ])('reads nothing by itself when %s, but answers the background', async (_case, settings) => {
    const { sent, listeners, answer } = fakeExtension(settings);
    await import('../../src/content/main');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toEqual([]);
    expect(answer(listeners[0], { type: 'extract-page', payload: {} })).toMatchObject({ page: { siteName: 'The Harbour Courier' } });
  });
});
