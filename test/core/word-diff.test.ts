/** Where two printings of a quote part: changed words marked on each side, spelling and punctuation not. */
import { describe, expect, it } from 'vitest';
import { changeDiffs, wordDiff, type DiffPart } from '../../src/core/word-diff';

const marked = (parts: DiffPart[]) => parts.map((part) => (part.changed ? `[${part.text}]` : part.text)).join('');

describe('wordDiff', () => {
  it('marks the word the page changed on each side, and keeps every character of both texts', () => {
    const wire = 'My judgment is 95 percent of that information should be declassified';
    const page = 'My judgement is 95 percent of that information could be declassified';
    const diff = wordDiff(wire, page);
    expect(marked(diff.source)).toBe('My [judgment] is 95 percent of that information [should] be declassified');
    expect(marked(diff.page)).toBe('My [judgement] is 95 percent of that information [could] be declassified');
    expect(diff.source.map((part) => part.text).join('')).toBe(wire);
    expect(diff.page.map((part) => part.text).join('')).toBe(page);
  });

  it('marks words added or dropped as one run, with the spaces inside it but not around it', () => {
    const diff = wordDiff('I am happy to be here', 'I am very, very happy to be here');
    expect(marked(diff.source)).toBe('I am happy to be here');
    expect(marked(diff.page)).toBe('I am [very, very] happy to be here');
    expect(marked(wordDiff('This will put a severe crimp in our reserves', 'This is going to put a severe crimp in our reserves').page)).toBe(
      'This [is going to] put a severe crimp in our reserves',
    );
  });

  it('does not mark case, punctuation or spelling conventions', () => {
    const diff = wordDiff("It's a decent deal, wages rise 4 per cent", 'it is a decent deal — wages rise 4 per cent.');
    expect(diff.source.every((part) => !part.changed)).toBe(true);
    expect(diff.page.every((part) => !part.changed)).toBe(true);
  });

  it('marks numbers and names that differ', () => {
    expect(marked(wordDiff('4,500 troops', '450 troops').page)).toBe('[450] troops');
    expect(marked(wordDiff('4,500 troops', '4500 troops').page)).toBe('4500 troops');
  });

  it('stays bounded on long texts: past the bound the common ends are kept and the middle is marked', () => {
    const words = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
    const diff = wordDiff(`start ${words(600, 'a')} end`, `start ${words(600, 'b')} end`);
    expect(diff.source.map((part) => part.changed)).toEqual([false, true, false]);
    expect(diff.page[0].text).toBe('start ');
    expect(diff.page[2].text).toBe(' end');
  });

  it('shares one bound among a report\'s changes, and gives none for a dropped quote', () => {
    const long = (word: string) => Array.from({ length: 300 }, (_, i) => (i === 150 ? 'middle' : `${word}${i}`)).join(' ');
    const changes = Array.from({ length: 100 }, () => ({ source: `keep ${long('a')}`, page: `keep ${long('b')}` }));
    const diffs = changeDiffs([...changes, { source: 'a quote', page: null }]);
    expect(diffs[100]).toBeNull();
    // 300 × 300 words each is past the share of 100 changes: the common start is kept and the rest marked whole.
    expect(diffs[0]?.page.map((part) => part.changed)).toEqual([false, true]);
    // Alone, the change is within bounds, and the word in common in the middle is found.
    expect(changeDiffs([changes[0]])[0]?.page.map((part) => part.changed)).toEqual([false, true, false, true]);
    // Past the report's characters (here about the 40th change), changes are shown whole and unmarked.
    expect(diffs[99]?.page).toEqual([{ text: changes[99].page, changed: false }]);
  });
});
