import { describe, expect, it } from 'vitest';
import { MAX_STORY_TERMS, storyTerms } from '../../src/core/story-terms';
import { termsFromText, termsToText } from '../../src/ingest/terms-text';

const story = { title: 'Flood talks end', text: 'NAIROBI (Reuters) - Kenya and Uganda agreed on Tuesday to share 4,500 tonnes of grain.' };

describe('index terms as text', () => {
  it('gives back the terms a story has', () => {
    const terms = storyTerms(story);
    expect(terms.length).toBeGreaterThan(5);
    expect(termsFromText(termsToText(terms))).toEqual(terms);
    expect(termsFromText(termsToText(new Uint32Array()))).toEqual(new Uint32Array());
    const most = Uint32Array.from({ length: MAX_STORY_TERMS }, (_, i) => i);
    expect(termsFromText(termsToText(most))).toEqual(most);
  });

  it('refuses what storyTerms cannot have made', () => {
    const many = Uint32Array.from({ length: MAX_STORY_TERMS + 1 }, (_, i) => i);
    for (const bad of [
      42,
      null,
      'not base64 ~',
      btoa('abc'), // not whole 32-bit terms
      termsToText(Uint32Array.from([3, 2])), // not increasing
      termsToText(Uint32Array.from([2, 2])), // repeated
      termsToText(many),
    ]) {
      expect(termsFromText(bad)).toBeNull();
    }
  });
});
