/** What src/ingest/versions needs to know of the stored corpus, answered from IndexedDB and the engine's index. */
import type { CorpusIndex } from '../core/corpus-index';
import type { StoryRecord } from '../core/types';
import { textCandidates, type StoredStories } from '../ingest/versions';
import type { StoryStore } from './story-store';

/**
 * `incoming`'s ids are read in one request up front: the version check asks for each record's id in turn, and
 * 500 reads one after another cost an import batch more than its writes.
 */
export async function storedStories(store: StoryStore, index: CorpusIndex, incoming: StoryRecord[] = []): Promise<StoredStories> {
  const asked = new Set(incoming.map((record) => record.id));
  const found = new Map((await store.load([...asked])).map((record) => [record.id, record]));
  return {
    byId: (id) => (asked.has(id) ? Promise.resolve(found.get(id)) : store.get(id)),
    byUrl: (url) => store.byUrl(url),
    versionsOf: (storyId) => store.versionsOf(storyId),
    similar: (record) => store.load(textCandidates(index, record)),
  };
}
