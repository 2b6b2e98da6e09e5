// STUB — being implemented; the signatures are the contract.
import type { PageInput, StoryRecord } from './types';

export interface Candidate { id: string; score: number }

export class CorpusIndex {
  private readonly stories = new Map<string, StoryRecord>();
  add(story: StoryRecord): void { this.stories.set(story.id, story); }
  remove(id: string): boolean { return this.stories.delete(id); }
  has(id: string): boolean { return this.stories.has(id); }
  get size(): number { return this.stories.size; }
  ids(): string[] { return [...this.stories.keys()]; }
  query(_page: PageInput, limit = 10): Candidate[] { return this.ids().slice(0, limit).map((id) => ({ id, score: 0 })); }
  serialize(): Uint8Array { return new TextEncoder().encode(JSON.stringify([...this.stories.values()])); }
  static deserialize(bytes: Uint8Array): CorpusIndex {
    const index = new CorpusIndex();
    for (const s of JSON.parse(new TextDecoder().decode(bytes)) as StoryRecord[]) index.add(s);
    return index;
  }
}
