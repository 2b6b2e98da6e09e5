/** Candidate retrieval: the inverted index, its compaction and its persisted form. */
import { describe, expect, it } from 'vitest';
import { CorpusIndex, RETRIEVAL } from '../../src/core/corpus-index';
import { paragraphsOf } from '../../src/core/paragraphs';
import type { PageInput, StoryRecord } from '../../src/core/types';
import { syntheticStories } from './synthetic-news';

const TARGET: StoryRecord = {
  id: 'target-kenya-tana-floods',
  agency: 'AFP',
  title: 'Kenya evacuates thousands as Tana River bursts its banks',
  text: [
    'NAIROBI, Oct 12 (AFP) - Kenyan authorities evacuated more than 4,500 families from villages along the Tana River on Monday after days of torrential rain, officials said.',
    'The Kenya Red Cross said at least 17 people had died and rescue teams were using boats to reach communities cut off near Garsen.',
    '"The water rose by almost two metres overnight," said Halima Guyo, the Tana River county commissioner.',
    'Interior Minister Daniel Kiprono said the government had released 300 million shillings for food and shelter.',
  ].join('\n\n'),
};

/** A page rewritten from TARGET: its names, numbers and rare words, in other words. */
const PAGE: PageInput = {
  page: 'https://example.com/kenya',
  paragraphs: [
    'More than 4500 families living beside the Tana River were moved by Kenyan officials on Monday following days of heavy rain.',
    'At least 17 people have died, according to the Kenya Red Cross, whose boats are reaching villages near Garsen.',
    'Minister Daniel Kiprono said 300 million shillings had been set aside for food and shelter.',
  ],
};

/** 300 distractors across a dozen topics, Kenyan floods among them. */
const DISTRACTORS = syntheticStories(11, 300);

function indexOf(stories: StoryRecord[]): CorpusIndex {
  const index = new CorpusIndex();
  for (const story of stories) index.add(story);
  return index;
}

describe('CorpusIndex bookkeeping', () => {
  it('adds, answers has/size/ids, and removes', () => {
    const index = indexOf(DISTRACTORS.slice(0, 3));
    expect(index.size).toBe(3);
    expect(index.ids()).toEqual(DISTRACTORS.slice(0, 3).map((s) => s.id));
    expect(index.has(DISTRACTORS[1].id)).toBe(true);
    expect(index.remove(DISTRACTORS[1].id)).toBe(true);
    expect(index.remove(DISTRACTORS[1].id)).toBe(false);
    expect(index.remove('never-added')).toBe(false);
    expect(index.has(DISTRACTORS[1].id)).toBe(false);
    expect(index.size).toBe(2);
    expect(index.ids()).toEqual([DISTRACTORS[0].id, DISTRACTORS[2].id]);
  });

  it('answers an empty query on an empty index', () => {
    expect(new CorpusIndex().query(PAGE)).toEqual([]);
  });

  it('never returns a removed story', () => {
    const index = indexOf([...DISTRACTORS, TARGET]);
    index.remove(TARGET.id);
    expect(index.query(PAGE, 50).map((c) => c.id)).not.toContain(TARGET.id);
  });
});

describe('CorpusIndex.query', () => {
  it('ranks the source first among distractors on the same subject', () => {
    const index = indexOf([...DISTRACTORS.slice(0, 150), TARGET, ...DISTRACTORS.slice(150)]);
    const candidates = index.query(PAGE, 10);
    expect(candidates[0].id).toBe(TARGET.id);
    expect(candidates).toHaveLength(10);
    for (let i = 1; i < candidates.length; i++) expect(candidates[i].score).toBeLessThanOrEqual(candidates[i - 1].score);
  });

  it('respects the limit', () => {
    expect(indexOf([...DISTRACTORS, TARGET]).query(PAGE, 3)).toHaveLength(3);
  });

  it('skips a term every story has: adding it to the page changes nothing', () => {
    const common = 'Officials discussed the zanzibarite question.';
    const stories = [...DISTRACTORS, TARGET].map((story) => ({ ...story, text: `${story.text}\n\n${common}` }));
    expect(stories.length).toBeGreaterThanOrEqual(RETRIEVAL.minCorpusForSkipping);
    const index = indexOf(stories);
    const withTerm = index.query({ ...PAGE, paragraphs: [...PAGE.paragraphs, 'The zanzibarite question was raised.'] }, 20);
    expect(withTerm).toEqual(index.query(PAGE, 20));
    expect(withTerm[0].id).toBe(TARGET.id);
  });

  it('accepts a prepared page as well as paragraphs', async () => {
    const { prepare } = await import('../../src/core/document');
    const index = indexOf([...DISTRACTORS, TARGET]);
    expect(index.query(prepare(PAGE.paragraphs), 5)).toEqual(index.query(PAGE, 5));
  });
});

describe('CorpusIndex.freeze', () => {
  it('gives the same answers before and after compaction', () => {
    const index = indexOf([...DISTRACTORS, TARGET]);
    const before = index.query(PAGE, 20);
    index.freeze();
    expect(index.query(PAGE, 20)).toEqual(before);
  });

  it('drops removed stories and answers like an index built without them', () => {
    const removed = new Set(DISTRACTORS.filter((_, i) => i % 3 === 0).map((s) => s.id));
    const index = indexOf([...DISTRACTORS, TARGET]);
    index.freeze();
    for (const id of removed) index.remove(id);
    index.freeze();
    const fresh = indexOf([...DISTRACTORS, TARGET].filter((s) => !removed.has(s.id)));
    expect(index.size).toBe(fresh.size);
    expect(index.ids()).toEqual(fresh.ids());
    expect(index.query(PAGE, 20)).toEqual(fresh.query(PAGE, 20));
  });

  it('serves stories added after a freeze together with the frozen ones', () => {
    const index = indexOf(DISTRACTORS);
    index.freeze();
    index.add(TARGET);
    expect(index.query(PAGE, 1)[0].id).toBe(TARGET.id);
    expect(index.query(PAGE, 20)).toEqual(indexOf([...DISTRACTORS, TARGET]).query(PAGE, 20));
  });
});

describe('re-adding an id', () => {
  it('replaces the story: its old text no longer finds it, its new text does', () => {
    const index = indexOf([...DISTRACTORS, TARGET]);
    const replacement: StoryRecord = {
      ...TARGET,
      title: 'Vosso ferry route reopens',
      text: 'Norway reopened the Vosso ferry route on Friday after inspectors cleared the Hardanger quay for winter traffic.',
    };
    index.add(replacement);
    expect(index.size).toBe(DISTRACTORS.length + 1);
    expect(index.ids().filter((id) => id === TARGET.id)).toHaveLength(1);
    expect(index.query(PAGE, 20).map((c) => c.id)).not.toContain(TARGET.id);
    const ferryPage = { page: '-', paragraphs: paragraphsOf(replacement.text) };
    expect(index.query(ferryPage, 1)[0].id).toBe(TARGET.id);
    index.freeze();
    expect(index.query(ferryPage, 1)[0].id).toBe(TARGET.id);
    expect(index.query(PAGE, 20).map((c) => c.id)).not.toContain(TARGET.id);
  });
});

describe('serialize and deserialize', () => {
  it('round-trips to an index that answers identically', () => {
    const index = indexOf([...DISTRACTORS, TARGET]);
    index.remove(DISTRACTORS[5].id);
    const before = index.query(PAGE, 20);
    const restored = CorpusIndex.deserialize(index.serialize());
    expect(restored.size).toBe(index.size);
    expect(restored.ids()).toEqual(index.ids());
    expect(restored.query(PAGE, 20)).toEqual(before);
    // and it stays usable: add and remove after loading
    restored.remove(TARGET.id);
    expect(restored.query(PAGE, 20).map((c) => c.id)).not.toContain(TARGET.id);
    restored.add(TARGET);
    expect(restored.query(PAGE, 1)[0].id).toBe(TARGET.id);
  });

  it('reads bytes at an unaligned offset (a view into a larger buffer)', () => {
    const index = indexOf([...DISTRACTORS.slice(0, 40), TARGET]);
    const bytes = index.serialize();
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(CorpusIndex.deserialize(shifted.subarray(1)).query(PAGE, 5)).toEqual(index.query(PAGE, 5));
  });

  it('round-trips an empty index', () => {
    const restored = CorpusIndex.deserialize(new CorpusIndex().serialize());
    expect(restored.size).toBe(0);
    expect(restored.query(PAGE)).toEqual([]);
  });

  it('rejects bytes that are not an index with a clear error', () => {
    expect(() => CorpusIndex.deserialize(new Uint8Array(0))).toThrow(/not a wiretrace index/i);
    expect(() => CorpusIndex.deserialize(new TextEncoder().encode('{"id":"x","text":"not an index at all"}'))).toThrow(/not a wiretrace index/i);
  });

  it('rejects a truncated or damaged index with a clear error', () => {
    const bytes = indexOf(DISTRACTORS.slice(0, 40)).serialize();
    for (const cut of [20, bytes.length >> 1, bytes.length - 4]) {
      expect(() => CorpusIndex.deserialize(bytes.slice(0, cut)), `cut at ${cut}`).toThrow(/corrupt wiretrace index/i);
    }
    const badHeader = bytes.slice();
    badHeader[16] = 0x21; // the JSON header no longer parses
    expect(() => CorpusIndex.deserialize(badHeader)).toThrow(/corrupt wiretrace index/i);
    const badLength = bytes.slice();
    new DataView(badLength.buffer).setUint32(4, 0x7fffffff, true); // header length past the end
    expect(() => CorpusIndex.deserialize(badLength)).toThrow(/corrupt wiretrace index/i);
  });
});

describe('CorpusIndex.similarTo with a minimum share', () => {
  it('finds the same stories, with the same scores, as the full search filtered by that share, and only those', () => {
    const stories = syntheticStories(29, 400);
    // Versions: a sentence added or dropped, so the search has near-duplicates to find.
    const versions = stories.slice(0, 60).map((story, i) => ({
      ...story,
      id: `${story.id}-v2`,
      text: i % 2 ? `${story.text}\n\nThe figures were revised later on.` : paragraphsOf(story.text).slice(1).join('\n\n'),
    }));
    const index = new CorpusIndex();
    // Half frozen, half in the mutable delta: both kinds of postings are searched.
    for (const story of [...stories, ...versions.slice(0, 30)]) index.add(story);
    index.freeze();
    for (const story of versions.slice(30)) index.add(story);
    let found = 0;
    for (const story of [...stories.slice(0, 80), ...versions]) {
      const full = index.similarTo(story, 50).filter((c) => c.share >= 0.7);
      const pruned = index.similarTo(story, 50, 0.7);
      expect(pruned.map((c) => c.id)).toEqual(full.map((c) => c.id));
      pruned.forEach((c, i) => expect(c.score).toBeCloseTo(full[i].score, 9));
      // The best few over the share, even where stories under it would rank higher.
      expect(index.similarTo(story, 2, 0.7).map((c) => c.id)).toEqual(full.slice(0, 2).map((c) => c.id));
      found += pruned.length;
    }
    expect(found).toBeGreaterThan(140);
  });
});
