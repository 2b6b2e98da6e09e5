/**
 * A function's results for the last few inputs, most recently used kept: for work asked for again soon after
 * (a story's terms during an import, a candidate story across traces). Results are shared: callers must not
 * change them.
 */
export function rememberRecent<A, V>(
  limit: number,
  keyOf: (input: A) => string,
  compute: (input: A) => V,
): (input: A) => V {
  const recent = new Map<string, V>();
  return (input) => {
    const key = keyOf(input);
    let value = recent.get(key);
    if (value === undefined) value = compute(input);
    else recent.delete(key);
    recent.set(key, value);
    if (recent.size > limit) recent.delete(recent.keys().next().value!);
    return value;
  };
}
