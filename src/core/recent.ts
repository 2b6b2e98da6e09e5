export interface Remembered<A, V> {
  (input: A): V;
  /** Remembers a result computed elsewhere, as if it had been computed here. */
  remember(input: A, value: V): void;
}

/**
 * A function's results for recent inputs: for work asked for again soon after (a story's terms during an import,
 * a candidate story across traces, what is known of a word while tokenising). Results are shared:
 * callers must not change them.
 *
 * Two generations of at most `limit` entries each: when the current one is full it becomes the previous one, and a
 * result found there moves back into the current one. So the last `limit` inputs are always remembered and at most
 * 2 × `limit` are; nothing is ever deleted from a Map one entry at a time, which makes V8 Maps slow to iterate
 * from the front.
 */
export function rememberRecent<A, V>(
  limit: number,
  keyOf: (input: A) => string,
  compute: (input: A) => V,
): Remembered<A, V> {
  let current = new Map<string, V>();
  let previous = new Map<string, V>();
  const keep = (key: string, value: V) => {
    if (current.size >= limit) {
      previous = current;
      current = new Map();
    }
    current.set(key, value);
  };
  const recall = (input: A) => {
    const key = keyOf(input);
    let value = current.get(key);
    if (value !== undefined) return value;
    value = previous.get(key) ?? compute(input);
    keep(key, value);
    return value;
  };
  return Object.assign(recall, { remember: (input: A, value: V) => keep(keyOf(input), value) });
}
