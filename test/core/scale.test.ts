/**
 * The "done when": among 20,000 other wire stories, the translated-back page of the fictional AFP Tana River
 * story (test/fixtures/cases/paraphrased-translated) is traced to it, its cut sentences are exactly the dropped
 * background, and the five altered quotes are flagged while the intact one is not.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryCorpus } from '../../src/core/memory-corpus';
import { trace } from '../../src/core/trace';
import type { StoryRecord, TraceResult } from '../../src/core/types';
import { extractArticle } from '../../src/extract';
import { parseHtml } from '../../src/extract/node-dom';
import { syntheticStories } from './synthetic-news';

const CASES = fileURLToPath(new URL('../fixtures/cases/', import.meta.url));
const SOURCE_ID = 'afp-20261012-kenya-tana-floods';

interface Expected {
  source: string;
  sourceStatuses: string[];
  changes: Array<{ kind: string; source: string; page: string | null }>;
  notFlagged: string[];
}

const expected = JSON.parse(readFileSync(`${CASES}paraphrased-translated/expected.json`, 'utf8')) as Expected;
const jsonl = (file: string): StoryRecord[] =>
  readFileSync(`${CASES}corpus/${file}`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as StoryRecord);

/** Lower case, letters and digits only: quote marks, punctuation and thousands separators do not matter. */
const plain = (text: string) => text.toLowerCase().replace(/(\d),(?=\d{3}\b)/g, '$1').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

let result: TraceResult;
let corpusSize = 0;

beforeAll(async () => {
  const fixtures = [...jsonl('wire.jsonl'), ...jsonl('distractors.jsonl')];
  expect(fixtures.map((story) => story.id)).toContain(SOURCE_ID);
  const corpus = new MemoryCorpus(syntheticStories(2026, 20_000));
  for (const story of fixtures) corpus.add(story);
  corpusSize = corpus.size;
  const article = extractArticle(parseHtml(readFileSync(`${CASES}paraphrased-translated/page.html`, 'utf8')));
  if (!article) throw new Error('the fixture page did not extract');
  result = await trace({ page: 'paraphrased-translated/page.html', title: article.title, paragraphs: article.paragraphs }, corpus);
}, 120_000);

describe('tracing among 20,000 stories', () => {
  it('holds 20,000 distractors besides the fixture stories', () => {
    expect(corpusSize).toBeGreaterThanOrEqual(20_000 + 1);
  });

  it('finds the AFP story', () => {
    expect(expected.source).toBe(SOURCE_ID);
    expect(result.source?.id).toBe(SOURCE_ID);
    expect(result.source?.agency).toBe('AFP');
    expect(result.verdict).toBe('derived');
    expect(result.additionalSources).toEqual([]);
  });

  it('lists exactly the dropped background sentences as cut', () => {
    const cutExpected = expected.sourceStatuses.flatMap((status, i) => (status === 'cut' ? [i] : []));
    expect(result.sourceSentences).toHaveLength(expected.sourceStatuses.length);
    const cut = result.sourceSentences.flatMap((sentence, i) => (sentence.status === 'cut' ? [i] : []));
    expect(cut).toEqual(cutExpected);
  });

  it('lists no sentence the page kept as cut', () => {
    expected.sourceStatuses.forEach((status, i) => {
      if (status !== 'cut') expect(result.sourceSentences[i].status, result.sourceSentences[i].text).not.toBe('cut');
    });
  });

  it('flags the five altered quotes, the one turned into indirect speech with page null', () => {
    const quotes = result.changes.filter((change) => change.kind === 'quote');
    const wanted = expected.changes.filter((change) => change.kind === 'quote');
    expect(wanted).toHaveLength(5);
    for (const want of wanted) {
      const found = quotes.find((change) => plain(change.source).includes(plain(want.source)));
      expect(found, `quote "${want.source}" not flagged`).toBeDefined();
      if (want.page === null) expect(found?.page).toBeNull();
      else expect(plain(found?.page ?? '')).toContain(plain(want.page));
    }
    expect(quotes).toHaveLength(5);
  });

  it('does not flag the intact quote, the number, the date or "U.S."', () => {
    for (const text of expected.notFlagged) {
      for (const change of result.changes) expect(plain(change.source), JSON.stringify(change)).not.toContain(plain(text));
    }
    expect(result.changes.filter((change) => change.kind !== 'quote')).toEqual([]);
  });
});
