/** The memo of recent results: recent inputs are computed once, old ones are forgotten, memory stays bounded. */
import { describe, expect, it } from 'vitest';
import { rememberRecent } from '../../src/core/recent';

function counted(limit: number) {
  const calls: string[] = [];
  const memo = rememberRecent(limit, (input: string) => input, (input) => {
    calls.push(input);
    return { of: input };
  });
  return { memo, calls };
}

describe('rememberRecent', () => {
  it('computes an input once while it stays recent, and returns the same result', () => {
    const { memo, calls } = counted(2);
    const first = memo('a');
    expect(memo('a')).toBe(first);
    memo('b');
    memo('c');
    expect(memo('a')).toBe(first);
    expect(calls).toEqual(['a', 'b', 'c']);
  });

  it('always remembers the last `limit` inputs', () => {
    const { memo, calls } = counted(3);
    for (const input of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) memo(input);
    calls.length = 0;
    for (const input of ['e', 'f', 'g']) memo(input);
    expect(calls).toEqual([]);
  });

  it('forgets inputs not asked for again, keeping at most twice the limit', () => {
    const { memo, calls } = counted(2);
    for (const input of ['a', 'b', 'c', 'd', 'e', 'f']) memo(input);
    calls.length = 0;
    memo('a');
    expect(calls).toEqual(['a']);
  });

  it('keeps an input used again alive across generations', () => {
    const { memo, calls } = counted(2);
    for (const input of ['a', 'b', 'a', 'c', 'a', 'd', 'a', 'e', 'a']) memo(input);
    expect(calls.filter((input) => input === 'a')).toEqual(['a']);
  });
});
