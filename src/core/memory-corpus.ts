import { CorpusIndex } from './corpus-index';
import type { Corpus } from './trace';
import type { StoryRecord } from './types';

/** A corpus held in memory: the CLI's and the tests' corpus. The extension keeps its own in IndexedDB. */
export class MemoryCorpus implements Corpus {
  readonly index = new CorpusIndex();
  private readonly records = new Map<string, StoryRecord>();

  constructor(records: Iterable<StoryRecord> = []) {
    for (const record of records) this.add(record);
  }

  add(record: StoryRecord): void {
    this.records.set(record.id, record);
    this.index.add(record);
  }

  get size(): number {
    return this.records.size;
  }

  load(ids: string[]): StoryRecord[] {
    return ids.flatMap((id) => this.records.get(id) ?? []);
  }
}
