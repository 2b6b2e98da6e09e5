/**
 * An import batch's work done ahead of its turn, a few stories per task between the worker's other tasks, so that
 * it fills the waits on IndexedDB of the batch before (above all its commit). First the stories' terms (tokenising
 * is the largest cost of an import; the engine remembers the last 1,024 stories' terms, so the batch's turn finds
 * them ready); then, once the batch before has added its stories to the index, the search of the index for each
 * story's earlier versions.
 */
import type { CorpusIndex } from '../core/corpus-index';
import { storyTerms } from '../core/story-terms';
import type { StoryRecord } from '../core/types';
import { searchesText, textCandidates } from '../ingest/versions';

/** Small enough that an IndexedDB answer waits at most a few milliseconds behind a step. */
const STORIES_PER_STEP = 8;

export class BatchPrep {
  /** Text candidates found ahead (textCandidates), valid while the index is in `indexState`. */
  readonly candidates = new Map<StoryRecord, string[]>();
  indexState: number | undefined;
  private termsDone = 0;
  private toSearch: StoryRecord[] = [];
  private searched = 0;
  private index: CorpusIndex | undefined;
  private running = false;
  private stopped = false;
  private closeChannel = () => {};

  constructor(private readonly records: readonly StoryRecord[]) {
    this.run();
  }

  /**
   * Searches `index` ahead for the batch's earlier versions; `state` names the index's current stories. Records the
   * index already holds are skipped: the version check finds them by id and does not search them.
   */
  searchAhead(index: CorpusIndex, state: number): void {
    if (this.stopped) return;
    this.index = index;
    this.indexState = state;
    this.candidates.clear();
    this.toSearch = this.records.filter((record) => !index.has(record.id) && searchesText(record));
    this.searched = 0;
    this.run();
  }

  /** The batch's turn has come: it does what is left itself, as it needs it. */
  stop(): void {
    this.stopped = true;
    this.closeChannel();
  }

  private run(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    // A message to itself is a new task without setTimeout's clamping of nested timers to 4 ms.
    const channel = new MessageChannel();
    this.closeChannel = () => channel.port1.close();
    channel.port1.onmessage = () => {
      // A message already queued may still arrive after close().
      if (!this.stopped && this.step()) {
        channel.port2.postMessage(null);
        return;
      }
      this.running = false;
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  }

  /** One step of work; whether any is left. */
  private step(): boolean {
    for (let budget = STORIES_PER_STEP; budget > 0; budget--) {
      if (this.termsDone < this.records.length) storyTerms(this.records[this.termsDone++]);
      else if (this.index && this.searched < this.toSearch.length) {
        const record = this.toSearch[this.searched++];
        this.candidates.set(record, textCandidates(this.index, record));
      } else return false;
    }
    return true;
  }
}
