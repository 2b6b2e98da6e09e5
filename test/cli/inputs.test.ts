import { describe, expect, it } from 'vitest';
import { parsePair } from '../../src/cli/compare-command';
import { looksLikeHtml } from '../../src/cli/load-page';

describe('looksLikeHtml', () => {
  it('recognises documents and fragments, not prose', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe(true);
    expect(looksLikeHtml('\uFEFF\n  <html lang="en">')).toBe(true);
    expect(looksLikeHtml('<article><p>Text</p></article>')).toBe(true);
    expect(looksLikeHtml('Floods forced 4,500 families from their homes.\n\n<b>not</b> html')).toBe(false);
    expect(looksLikeHtml('<3 this story')).toBe(false);
  });
});

describe('parsePair', () => {
  it('accepts an id (string or number), a source and a page', () => {
    expect(parsePair('{"id": 3, "source": "a", "page": "b"}')).toEqual({ id: 3, source: 'a', page: 'b' });
  });

  it.each([
    ['{"id": 1, "source": "a"', 'not valid JSON'],
    ['[1, 2]', 'expected a JSON object'],
    ['{"source": "a", "page": "b"}', 'missing "id" (string or number)'],
    ['{"id": "x", "source": "  ", "page": "b"}', 'missing "source" text'],
    ['{"id": "x", "source": "a", "page": 5}', 'missing "page" text'],
  ])('says why %s is unusable', (line, reason) => {
    expect(parsePair(line)).toBe(reason);
  });
});
