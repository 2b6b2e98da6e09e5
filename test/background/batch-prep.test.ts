import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BatchPrep } from '../../src/background/batch-prep';
import { CorpusIndex } from '../../src/core/corpus-index';
import { storyTerms } from '../../src/core/story-terms';
import type { StoryRecord } from '../../src/core/types';
import { textCandidates } from '../../src/ingest/versions';

/** The real storyTerms, watched: which stories it was asked for, and what ran after the first task. */
let afterFirstTask: () => void = () => undefined;
vi.mock('../../src/core/story-terms', async (original) => {
  const real = (await original()) as typeof import('../../src/core/story-terms');
  const watched = vi.fn((story: Pick<StoryRecord, 'title' | 'text'>) => {
    if (watched.mock.calls.length === 1) queueMicrotask(() => afterFirstTask());
    return real.storyTerms(story);
  });
  return { ...real, storyTerms: watched };
});
const asked = () => vi.mocked(storyTerms).mock.calls.map(([story]) => story.title);

const towns = ['Borkami', 'Selvune', 'Draxilo', 'Hunveri', 'Ostmira', 'Pelgrato', 'Quenzil', 'Ravimont'];
/** Fictional four-sentence stories, one per town; `edited` changes one sentence. */
function story(i: number, id = `fict-${i}`, edited = false): StoryRecord {
  const town = towns[i % towns.length];
  return {
    id,
    agency: 'Reuters',
    title: `Bridge opens in ${town} ${i}`,
    text: [
      `The fictional town of ${town} opened a bridge over the river on Tuesday, mayor Dravo ${i} said.`,
      `The bridge cost ${i * 3 + 11} million crowns and took ${i + 40} builders four years.`,
      edited ? `Traffic is expected to double by ${2040 + i}.` : `Traffic is expected to rise by ${i + 5} percent next year.`,
      `Critics in ${town} said the money should have gone to schools.`,
    ].join(' '),
  };
}

const until = (done: () => boolean) => vi.waitFor(() => expect(done()).toBe(true));

beforeEach(() => {
  vi.mocked(storyTerms).mockClear();
  afterFirstTask = () => undefined;
});

describe('BatchPrep', () => {
  it("computes every story's terms in order, a few per task", async () => {
    const records = Array.from({ length: 40 }, (_, i) => story(i));
    let firstTask = 0;
    afterFirstTask = () => (firstTask = asked().length);
    new BatchPrep(records);
    expect(asked()).toEqual([]);
    await until(() => asked().length === records.length);
    expect(asked()).toEqual(records.map((r) => r.title));
    expect(firstTask).toBeGreaterThan(0);
    expect(firstTask).toBeLessThan(10);
  });

  it('searches the index ahead as the version check would, skipping stories it holds and short ones', async () => {
    const index = new CorpusIndex();
    for (let i = 0; i < 8; i++) index.add(story(i));
    const short: StoryRecord = { id: 'snap', agency: 'Reuters', title: 'Bridge opens', text: 'A bridge opened.' };
    const records = [story(1, 'resend-1', true), story(2, 'fict-2'), short, story(5, 'resend-5', true)];
    const prep = new BatchPrep(records);
    prep.searchAhead(index, 7);
    await until(() => prep.candidates.size === 2);
    expect(prep.indexState).toBe(7);
    expect([...prep.candidates.keys()].map((r) => r.id)).toEqual(['resend-1', 'resend-5']);
    for (const [record, ids] of prep.candidates) expect(ids).toEqual(textCandidates(index, record));
    expect(prep.candidates.get(records[0])).toContain('fict-1');
  });

  it('stops when asked', async () => {
    const records = Array.from({ length: 40 }, (_, i) => story(i));
    const prep = new BatchPrep(records);
    afterFirstTask = () => prep.stop();
    await until(() => asked().length > 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked().length).toBeLessThan(10);
  });
});
