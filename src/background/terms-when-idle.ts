/**
 * A batch's story terms, computed a few stories at a time between the worker's other tasks. Tokenising is the
 * largest cost of an import; done this way, batch n+1's fills the waits on IndexedDB of batch n (above all its
 * commit), and batch n+1's own turn finds the terms ready: storyTerms remembers the last 1,024 stories'.
 */
import { storyTerms } from '../core/story-terms';
import type { StoryRecord } from '../core/types';

/** Small enough that an IndexedDB answer waits at most a few milliseconds behind a step. */
const STORIES_PER_STEP = 8;

/** Starts computing; `stop` when the batch's turn comes (it computes what is left itself, as it needs them). */
export function termsWhenIdle(records: readonly StoryRecord[]): { stop(): void } {
  // A message to itself is a new task without setTimeout's clamping of nested timers to 4 ms.
  const channel = new MessageChannel();
  let next = 0;
  let stopped = false;
  const stop = () => {
    stopped = true;
    channel.port1.close();
  };
  channel.port1.onmessage = () => {
    // A message already queued may still arrive after close().
    if (stopped) return;
    for (const end = Math.min(records.length, next + STORIES_PER_STEP); next < end; next++) storyTerms(records[next]);
    if (next < records.length) channel.port2.postMessage(null);
    else stop();
  };
  channel.port2.postMessage(null);
  return { stop };
}
