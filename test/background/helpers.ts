/** Shared pieces of the background tests: fictional stories, pages and a background on fakes. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractFromHtml } from '../../src/extract';
import type { StoryRecord } from '../../src/core/types';
import { createBackground } from '../../src/background/create-background';
import type { ExtractedPage } from '../../src/messages';
import { FakeBrowser } from './fake-browser';

let dbCounter = 0;
/** A fresh database name per test, so tests never see each other's corpus. */
export function freshDbName(): string {
  dbCounter += 1;
  return `wiretrace-test-${process.pid}-${dbCounter}-${Date.now()}`;
}

/** Fictional wire stories (invented for tests; no real events or people). */
export function story(id: string, overrides: Partial<StoryRecord> = {}): StoryRecord {
  return {
    id,
    agency: 'Reuters',
    title: `Fictional story ${id}`,
    text: `LONDON (Reuters) - Fictional lead paragraph of story ${id}.\n\nA second fictional paragraph with the number ${id.length * 7}.`,
    published: '2031-05-0' + ((id.length % 9) + 1),
    ...overrides,
  };
}

export function page(url: string, paragraphs = ['A fictional paragraph.', 'Another fictional paragraph.']): ExtractedPage {
  return { url, title: 'A fictional article', siteName: 'The Fictional Times', paragraphs };
}

/** A background on a fake browser and a fresh fake-indexeddb database. */
export function backgroundOnFakes(browser = new FakeBrowser(), dbName = freshDbName(), persistDelayMs = 5) {
  const background = createBackground(browser.api, { dbName, persistDelayMs });
  return { browser, dbName, ...background };
}

/** Sends a message the way runtime.onMessage delivers it and unwraps the Reply. */
export async function ask(route: ReturnType<typeof createBackground>['route'], message: unknown, sender: Parameters<ReturnType<typeof createBackground>['route']>[1]) {
  const reply = await route(message, sender);
  if (!reply) throw new Error('No reply');
  return reply;
}

const fixtures = new URL('../fixtures/e2e/', import.meta.url);

/** The fictional e2e corpus: a Reuters story, its first version, an AP story on the same event, five others. */
export function fixtureCorpus(): StoryRecord[] {
  return readFileSync(new URL('corpus.jsonl', fixtures), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as StoryRecord);
}

/** The fictional outlet page built from fict-reuters-valdoria-port-2, extracted as the content script would. */
export function derivedPage(url = 'http://127.0.0.1/news/port-strike-ends'): ExtractedPage {
  const html = readFileSync(new URL('derived-article.html', fixtures), 'utf8');
  const extracted = extractFromHtml(html, (source) => parseHTML(source).document as unknown as Document, url);
  if (!extracted) throw new Error('fixture article did not extract');
  return extracted;
}
