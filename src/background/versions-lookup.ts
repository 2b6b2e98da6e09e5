/** What src/ingest/versions needs to know of the stored corpus, answered from IndexedDB and the engine's index. */
import type { CorpusIndex } from '../core/corpus-index';
import type { StoryRecord } from '../core/types';
import { searchesText, textCandidates, type StoredStories } from '../ingest/versions';
import type { StoryStore } from './story-store';

/**
 * The stored corpus as seen by one import batch (`incoming`). The version check asks about each record in turn,
 * and an IndexedDB read per question made a 500-record batch wait on a thousand reads one after another; so the
 * batch's ids are read in one request up front, and the first text search searches for every record the store
 * does not hold yet (that can be searched: searchesText) and reads all their candidates in one request. The store
 * does not change while the check runs, so the answers are the same. Only ids the index holds are read: it holds
 * every stored record. `ahead`: the candidates already searched for
 * in the index as it is, if any (src/background/batch-prep).
 */
export async function storedStories(
  store: StoryStore,
  index: CorpusIndex,
  incoming: StoryRecord[] = [],
  ahead?: () => ReadonlyMap<StoryRecord, string[]> | undefined,
): Promise<StoredStories> {
  const asked = new Set(incoming.map((record) => record.id));
  const found = new Map((await store.load([...asked], (id) => index.has(id))).map((record) => [record.id, record]));
  let candidates: Promise<Map<StoryRecord, StoryRecord[]>> | undefined;
  const searchNew = async () => {
    const searched = incoming.filter((record) => !found.has(record.id) && searchesText(record));
    const done = ahead?.();
    const ids = new Map(searched.map((record) => [record, done?.get(record) ?? textCandidates(index, record)]));
    const stories = new Map((await store.load([...new Set([...ids.values()].flat())])).map((story) => [story.id, story]));
    return new Map([...ids].map(([record, list]) => [record, list.flatMap((id) => stories.get(id) ?? [])]));
  };
  return {
    byId: (id) => (asked.has(id) ? Promise.resolve(found.get(id)) : store.get(id)),
    byUrl: (url) => store.byUrl(url),
    versionsOf: (storyId) => store.versionsOf(storyId),
    similar: async (record) => (await (candidates ??= searchNew())).get(record) ?? store.load(textCandidates(index, record)),
  };
}
