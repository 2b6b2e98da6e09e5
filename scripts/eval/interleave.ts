/** Items reordered round-robin by group (a, b, a, b, ...), so a --limit prefix still samples every group. */
export function interleaveBy<T>(items: readonly T[], groupOf: (item: T) => string): T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = groupOf(item);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(item);
  }
  const queues = [...groups.values()];
  const result: T[] = [];
  for (let i = 0; result.length < items.length; i++) for (const q of queues) if (i < q.length) result.push(q[i]);
  return result;
}
