/** What src/ingest/versions needs to know of the stored corpus, answered from IndexedDB and the engine's index. */
import type { CorpusIndex } from '../core/corpus-index';
import { textCandidates, type StoredStories } from '../ingest/versions';
import type { StoryStore } from './story-store';

export function storedStories(store: StoryStore, index: CorpusIndex): StoredStories {
  return {
    byId: (id) => store.get(id),
    byUrl: (url) => store.byUrl(url),
    versionsOf: (storyId) => store.versionsOf(storyId),
    similar: (record) => store.load(textCandidates(index, record)),
  };
}
