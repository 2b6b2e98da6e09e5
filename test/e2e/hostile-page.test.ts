/**
 * Pages that try to hurt: markup in the title, megabytes of text, no article. The corpus must come through
 * untouched, nothing from the page may run or render as HTML in the popup, and the popup must say clearly
 * what it found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryRecord } from '../../src/core/types';
import type { CorpusStats } from '../../src/messages';
import { buildExtension, fixtures, importCorpus, launch, openPopup, sendFromPage, serve, skipE2e, type Session, type TestServer } from './harness';

const corpusLines = readFileSync(join(fixtures, 'corpus.jsonl'), 'utf8').trim().split('\n');
const hostileTitle = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 1"> Port strike';

/** 5 MB of text in plain blocks: no paragraphs, no article, and a script in the title. */
function hugeNonArticle(): string {
  const block = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor '.repeat(13);
  const blocks = Array.from({ length: 5_000 }, (_, i) => `<div class="cell">${i} ${block}</div>`).join('\n');
  return `<!doctype html><html><head><title>${hostileTitle}</title></head><body><nav>${blocks}</nav></body></html>`;
}

/** The fictional derived article again, with markup in its title, so the title reaches the popup. */
function articleWithHostileTitle(): string {
  const article = readFileSync(join(fixtures, 'derived-article.html'), 'utf8');
  return article.replace(/<title>[^<]*<\/title>/, `<title>${hostileTitle}</title>`).replace(/<h1>[^<]*<\/h1>/, '');
}

describe.skipIf(skipE2e)('hostile pages', () => {
  let session: Session;
  let server: TestServer;
  let options: Page;

  beforeAll(async () => {
    server = await serve({ '/huge': hugeNonArticle(), '/titled': articleWithHostileTitle() });
    session = await launch(buildExtension());
    options = await importCorpus(session, [join(fixtures, 'corpus.jsonl')], corpusLines.length);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function corpusIntact(): Promise<void> {
    expect((await sendFromPage<CorpusStats>(options, 'corpus-stats', {})).count).toBe(corpusLines.length);
    const { records } = await sendFromPage<{ records: StoryRecord[] }>(options, 'corpus-export-page', { offset: 0, limit: 100 });
    const expected = corpusLines.map((line) => JSON.parse(line) as StoryRecord).sort((a, b) => a.id.localeCompare(b.id));
    expect(records).toEqual(expected);
  }

  it('a 5 MB page with no article: a clear "no article" state, the corpus untouched', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/huge`);
    expect(await page.evaluate(() => document.body.textContent!.length)).toBeGreaterThan(5_000_000);
    const popup = await openPopup(session, page);
    try {
      expect(await popup.waitForTestId(['state-not-article', 'verdict', 'state-error'])).toBe('state-not-article');
      expect(await popup.evaluate('window.__pwned')).toBeUndefined();
    } finally {
      await popup.close();
    }
    await corpusIntact();
    await page.close();
  });

  it('markup in the title shows as text and never runs, in the page or the popup', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/titled`);
    const popup = await openPopup(session, page);
    try {
      await popup.waitForTestId(['verdict']);
      expect(await popup.texts('page-title')).toEqual([await page.title()]);
      expect(await popup.texts('page-title')).toEqual([expect.stringContaining('<script>')]);
      expect(await popup.evaluate('document.querySelectorAll("img[src=x], script:not([src])").length')).toBe(0);
      expect(await popup.evaluate('window.__pwned')).toBeUndefined();
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      await popup.close();
    }
    await corpusIntact();
  });
});
