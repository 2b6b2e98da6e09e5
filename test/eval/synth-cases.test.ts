import { describe, expect, it } from 'vitest';
import { generateCases, KINDS } from '../../scripts/synth/index';
import { draftOf, sourceStoryOf } from '../../scripts/synth/draft';
import { dropMiddle, joinSentences, mergeSentences, reorderParagraphs, splitSentence, trimBottom } from '../../scripts/synth/structure';
import { createRng } from '../../scripts/synth/prng';
import { FAKE_STORIES } from './stories';

describe('structural edits', () => {
  const draft = draftOf(sourceStoryOf(FAKE_STORIES[0]));

  it('cut from the bottom and the middle, never the lead', () => {
    expect(trimBottom(draft, 0.5)).toEqual(draft.slice(0, 3));
    for (let seed = 0; seed < 10; seed++) {
      const dropped = dropMiddle(draft, createRng(seed), 2);
      expect(dropped).toHaveLength(draft.length - 2);
      expect(dropped[0]).toBe(draft[0]);
      expect(dropped.at(-1)).toBe(draft.at(-1));
      expect(reorderParagraphs(draft, createRng(seed), 2)[0]).toBe(draft[0]);
    }
  });

  it('merge two sentences into one that carries both sources', () => {
    const { draft: merged, merged: n } = mergeSentences(draft, createRng(1), 1);
    expect(n).toBe(1);
    const piece = merged.flat().find((p) => p.from.length === 2)!;
    expect(piece.text).toMatch(/, and |; /);
  });

  it('join and split at clause boundaries', () => {
    expect(joinSentences('Prices rose.', 'The index fell.')).toBe('Prices rose, and the index fell.');
    expect(joinSentences('Prices rose.', 'Smith left.')).toBe('Prices rose; Smith left.');
    expect(splitSentence('The company said prices rose sharply, but the index fell back later.')).toEqual([
      'The company said prices rose sharply.',
      'The index fell back later.',
    ]);
    expect(splitSentence('He said "prices rose, and fell" in the first quarter of the year.')).toBeNull();
  });

  it('leave the agency signature out of the story', () => {
    expect(sourceStoryOf(FAKE_STORIES[0]).sentences.at(-1)).not.toMatch(/REUTER/);
  });
});

describe('synthetic cases', () => {
  const cases = generateCases(FAKE_STORIES, { seed: 5, perKind: 2 });

  it('are deterministic and interleaved by kind', () => {
    expect(generateCases(FAKE_STORIES, { seed: 5, perKind: 2 })).toEqual(cases);
    expect(generateCases(FAKE_STORIES, { seed: 6, perKind: 2 })).not.toEqual(cases);
    expect(cases.map((c) => c.kind)).toEqual([...KINDS, ...KINDS]);
    expect(new Set(cases.map((c) => c.sources[0]?.id ?? c.heldOut)).size).toBe(cases.length);
  });

  it('record what was cut, what was added and what is held out', () => {
    for (const c of cases) {
      const page = c.page.paragraphs.join(' ');
      for (const piece of c.pieces) expect(page).toContain(piece.text);
      if (c.kind === 'not-derived') {
        expect(c.heldOut).toBeDefined();
        expect(c.sources).toEqual([]);
        continue;
      }
      expect(c.heldOut).toBeUndefined();
      if (['verbatim', 'trim-bottom', 'drop-middle', 'reorder', 'added'].includes(c.kind)) {
        // Untouched sentences: kept ones are on the page word for word, cut ones are not.
        for (const s of c.sources[0].sentences) expect(page.includes(s.text)).toBe(!s.cut);
      }
    }
  });

  it('make every kind do what it says', () => {
    const byKind = (kind: string) => cases.filter((c) => c.kind === kind);
    expect(byKind('verbatim').every((c) => c.sources[0].sentences.every((s) => !s.cut))).toBe(true);
    expect(byKind('trim-bottom').every((c) => c.sources[0].sentences.at(-1)!.cut)).toBe(true);
    expect(byKind('drop-middle').every((c) => c.sources[0].sentences.some((s) => s.cut) && !c.sources[0].sentences[0].cut)).toBe(true);
    expect(byKind('added').every((c) => c.pieces.filter((p) => p.added).length >= 2)).toBe(true);
    expect(byKind('quotes').every((c) => c.quoteEdit !== undefined)).toBe(true);
    expect(byKind('two-story').every((c) => c.sources.length === 2)).toBe(true);
    expect(byKind('paraphrase').every((c) => c.page.paragraphs.join(' ') !== c.sources[0].sentences.map((s) => s.text).join(' '))).toBe(true);
  });

  it('drop ticker marks from headlines', () => {
    expect(cases[0].page.title).not.toContain('<');
  });
});
