import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inNewsShells, type NewsShell } from '../../bench/news-shells';
import type { BenchPage } from '../../bench/pages';
import { extractHtml } from '../../scripts/eval/html-page';
import { parseHtml } from '../../src/extract/node-dom';

const DIR = 'test/fixtures/pages/wapo-1';
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The publisher page, with Readability's reference output standing in for the benchmark's gold text. */
const shell: NewsShell = {
  id: 'wapo-1',
  url: 'https://www.washingtonpost.com/world/a-story.html',
  html: readFileSync(`${DIR}/source.html`, 'utf8'),
  article: squash(parseHtml(readFileSync(`${DIR}/expected.html`, 'utf8')).body.textContent ?? ''),
};

const page: BenchPage = {
  source: 'r1',
  sources: ['r1'],
  page: {
    page: 'bench-0',
    title: 'Zambia copper output rises on new mine',
    paragraphs: [
      'Zambia produced 4,500 tonnes more copper in January than a year earlier as a new mine in the north-west came on stream, the mines ministry said on Tuesday.',
      'The ministry said output reached 61,200 tonnes, and it expected the mine to add another 20,000 tonnes over the year as its second shaft opened.',
      'Copper accounts for about three quarters of the country’s export earnings, and the government has leaned on the industry to make up for weak farm exports.',
      'Mining companies have complained that power cuts during the dry season slowed their smelters, and the ministry said talks with the power utility would continue.',
      'Analysts said the higher output would ease pressure on the currency, which lost a fifth of its value against the dollar last year.',
    ],
  },
};

describe('derived articles in real news pages', () => {
  it('puts the article where the publisher’s was, and extraction gives back just that article', () => {
    const [{ html, shell: used, saved }] = inNewsShells([page], [shell]);
    expect(used).toBe('wapo-1');
    expect(saved).toBe(shell.html);
    // What the publisher prints below its articles stays, as on any of its pages (here the reporter's note).
    const extracted = extractHtml(html, shell.url)?.paragraphs ?? [];
    expect(extracted.slice(0, page.page.paragraphs.length)).toEqual(page.page.paragraphs);
    expect(extracted.length).toBeLessThanOrEqual(page.page.paragraphs.length + 1);
    const text = squash(parseHtml(html).body.textContent ?? '');
    expect(text).not.toContain(shell.article.slice(0, 80));
    expect(html.length).toBeGreaterThan(shell.html.length / 2); // the page's furniture stays
  });

  it('does not use a page whose article it cannot find', () => {
    const noArticle = { ...shell, article: 'Text that the page does not carry at all, in any of its many paragraphs.' };
    expect(() => inNewsShells([page], [noArticle])).toThrow(/no news page takes the article of bench page 0/);
  });
});
