// Real Readability on real news pages through linkedom, checked against Readability's own reference output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../src/extract';
import { collapseWhitespace } from '../../src/extract/block-text';
import { parseHtml } from '../../src/extract/node-dom';

const PAGES = ['herald-sun-1', 'wapo-1', 'bbc-1', 'seattletimes-1', 'lemonde-1', 'la-nacion'];
const LEAF_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dd, dt, figcaption';

function fixture(slug: string, file: string): string {
  return readFileSync(new URL(`../fixtures/pages/${slug}/${file}`, import.meta.url), 'utf8');
}

/** The reference paragraphs: text of each block element that holds no other block (independent of the walker). */
function expectedParagraphs(html: string): string[] {
  const doc = parseHtml(html);
  return Array.from(doc.querySelectorAll(LEAF_BLOCKS))
    .filter((el) => el.querySelector(LEAF_BLOCKS) === null && el.querySelector('br') === null)
    .map((el) => collapseWhitespace(el.textContent ?? ''))
    .filter((text) => text.length > 0);
}

describe.each(PAGES)('extracting %s', (slug) => {
  const page = extractFromHtml(fixture(slug, 'source.html'), parseHtml, `https://example.org/${slug}`);
  const metadata = JSON.parse(fixture(slug, 'expected-metadata.json')) as Record<string, string | null>;

  it('finds the article paragraphs of the reference output', () => {
    expect(page).not.toBeNull();
    const found = new Set(page!.paragraphs);
    const expected = expectedParagraphs(fixture(slug, 'expected.html'));
    const missing = expected.filter((text) => !found.has(text));
    expect(expected.length).toBeGreaterThan(3);
    expect(missing.length / expected.length).toBeLessThanOrEqual(0.05);
    // and little else: no navigation or comments carried along
    expect(page!.paragraphs.length).toBeLessThanOrEqual(expected.length * 1.1 + 2);
  });

  it('keeps every paragraph a single block of collapsed text', () => {
    for (const paragraph of page!.paragraphs) {
      expect(paragraph).toBe(collapseWhitespace(paragraph));
      expect(paragraph.length).toBeGreaterThan(0);
    }
  });

  it('reads the metadata', () => {
    expect(page!.title).toBe(collapseWhitespace(metadata.title ?? ''));
    if (metadata.byline) expect(page!.byline).toBe(collapseWhitespace(metadata.byline));
    if (metadata.siteName) expect(page!.siteName).toBe(metadata.siteName);
    if (metadata.lang) expect(page!.lang).toBe(metadata.lang);
    expect(page!.url).toBe(`https://example.org/${slug}`);
  });
});

describe('page metadata beyond Readability', () => {
  it('reads the canonical URL and publication time of a real page', () => {
    const page = extractFromHtml(fixture('bbc-1', 'source.html'), parseHtml)!;
    expect(page.canonicalUrl).toMatch(/^https?:\/\/www\.bbc\.(co\.uk|com)\/news\//);
    expect(page.publishedTime).toBe(JSON.parse(fixture('bbc-1', 'expected-metadata.json')).publishedTime);
  });
});
