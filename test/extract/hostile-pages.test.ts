// Pages built to break the extractor: markup in metadata, huge text, deep nesting, nothing to extract.
import { describe, expect, it } from 'vitest';
import { extractArticle, extractFromHtml, isArticleLike } from '../../src/extract';
import { parseHtml } from '../../src/extract/node-dom';

const SENTENCE = 'The minister said on Tuesday that the talks would resume next week in Geneva. ';

function articleHtml(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><article>${body}</article></body></html>`;
}

const PARAGRAPHS = Array.from({ length: 8 }, (_, i) => `<p>${SENTENCE.repeat(3)}Paragraph ${i + 1}.</p>`).join('');

describe('hostile pages', () => {
  it('keeps markup in the title as inert text', () => {
    const page = extractFromHtml(articleHtml('<script>alert(1)</script><img src=x onerror=alert(2)> Talks resume', PARAGRAPHS), parseHtml);
    expect(page).not.toBeNull();
    expect(page!.title).toContain('<script>alert(1)</script>');
    expect(page!.paragraphs.join(' ')).not.toContain('alert');
  });

  it('keeps escaped markup in the text as text', () => {
    const page = extractFromHtml(articleHtml('T', `${PARAGRAPHS}<p>He typed &lt;script&gt;alert(3)&lt;/script&gt; into the form. ${SENTENCE}</p>`), parseHtml);
    expect(page!.paragraphs.at(-1)).toContain('<script>alert(3)</script>');
  });

  it('returns bounded text for a 5 MB text page', () => {
    const html = articleHtml('Huge', `<p>${SENTENCE.repeat(Math.ceil(5_000_000 / SENTENCE.length))}</p>`);
    expect(html.length).toBeGreaterThan(5_000_000);
    const page = extractFromHtml(html, parseHtml, undefined, { maxChars: 100_000 });
    expect(page).not.toBeNull();
    expect(page!.paragraphs.join('').length).toBe(100_000);
  });

  it('returns bounded text for 5 MB of paragraphs, 2 MB by default', () => {
    const body = `<p>${SENTENCE.repeat(4)}</p>`.repeat(Math.ceil(5_000_000 / (SENTENCE.length * 4)));
    const page = extractFromHtml(articleHtml('Many', body), parseHtml);
    expect(page).not.toBeNull();
    expect(page!.paragraphs.join('').length).toBeLessThanOrEqual(2_000_000);
  });

  it('refuses a page of deeply nested divs', () => {
    const html = articleHtml('Deep', `${'<div>'.repeat(5_000)}${PARAGRAPHS}${'</div>'.repeat(5_000)}`);
    expect(extractFromHtml(html, parseHtml)).toBeNull();
  });

  it('refuses a page with too many elements', () => {
    const html = articleHtml('Wide', PARAGRAPHS + '<span>x</span>'.repeat(200));
    expect(extractFromHtml(html, parseHtml, undefined, { maxElements: 100 })).toBeNull();
    expect(extractFromHtml(html, parseHtml)).not.toBeNull();
  });

  it('returns null for a page with no article', () => {
    const html = '<!DOCTYPE html><html><head><title>Search</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><form><input name="q"><button>Go</button></form></body></html>';
    const doc = parseHtml(html);
    expect(isArticleLike(doc)).toBe(false);
    expect(extractArticle(doc)).toBeNull();
  });

  it('leaves the document it was given untouched', () => {
    const doc = parseHtml(articleHtml('Talks', `<div class="share">Share</div>${PARAGRAPHS}<script>var a = 1;</script>`));
    const before = doc.documentElement.outerHTML;
    expect(extractArticle(doc)).not.toBeNull();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('metadata fallbacks', () => {
  const head = `
    <title>Talks resume | Example News</title>
    <link rel="canonical" href="/world/talks-resume">
    <meta property="og:locale" content="en_GB">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-03-05T10:00:00Z"}]}</script>`;

  it('reads canonical URL, JSON-LD publication time and og:locale', () => {
    const html = `<!DOCTYPE html><html><head>${head}</head><body><article>${PARAGRAPHS}</article></body></html>`;
    const page = extractFromHtml(html, parseHtml, 'https://news.example.com/a?utm=1')!;
    expect(page.url).toBe('https://news.example.com/a?utm=1');
    expect(page.canonicalUrl).toBe('https://news.example.com/world/talks-resume');
    expect(page.publishedTime).toBe('2024-03-05T10:00:00Z');
    expect(page.lang).toBe('en-GB');
  });

  it('prefers article:published_time and falls back to og:url', () => {
    const html = `<!DOCTYPE html><html><head><title>T</title>
      <meta property="og:url" content="https://news.example.com/b">
      <meta property="article:published_time" content="2024-03-06T08:00:00+01:00"></head>
      <body><article>${PARAGRAPHS}</article></body></html>`;
    const page = extractFromHtml(html, parseHtml)!;
    expect(page.canonicalUrl).toBe('https://news.example.com/b');
    expect(page.url).toBe('https://news.example.com/b');
    expect(page.publishedTime).toBe('2024-03-06T08:00:00+01:00');
  });

  it('ignores canonical links that are not http(s)', () => {
    const html = `<!DOCTYPE html><html><head><title>T</title><link rel="canonical" href="javascript:alert(1)"></head><body><article>${PARAGRAPHS}</article></body></html>`;
    expect(extractFromHtml(html, parseHtml)!.canonicalUrl).toBeUndefined();
  });
});
