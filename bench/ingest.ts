/** Building the index the way the extension ingests a feed: terms per story (`storyTerms`), then `addTerms`. */
import { CorpusIndex } from '../src/core/index';
import { storyTerms } from '../src/core/story-terms';
import type { StoryRecord } from '../src/core/types';
import { timed } from './stats';

export interface Built {
  index: CorpusIndex;
  byId: Map<string, StoryRecord>;
  storiesPerS: number;
  /** Serialized index size over story count. */
  indexBytesPerStory: number;
  /** The records as JSON (what the store holds besides the index) over story count. */
  textBytesPerStory: number;
  bytes: Uint8Array;
}

export async function buildIndex(stories: readonly StoryRecord[]): Promise<Built> {
  const index = new CorpusIndex();
  // Freezing is part of ingest: it is what makes the index persistable and fast to query.
  const { ms } = await timed(() => {
    for (const story of stories) index.addTerms(story.id, storyTerms(story));
    index.freeze();
  });
  const bytes = index.serialize();
  let textBytes = 0;
  for (const story of stories) textBytes += Buffer.byteLength(JSON.stringify(story));
  return {
    index,
    byId: new Map(stories.map((story) => [story.id, story])),
    storiesPerS: Math.round(stories.length / (ms / 1000)),
    indexBytesPerStory: Math.round(bytes.length / stories.length),
    textBytesPerStory: Math.round(textBytes / stories.length),
    bytes,
  };
}
