/** Direct quotations: balanced pairs, a quote open at either end of the sentence (AP continuation), short strings. */
import { describe, expect, it } from 'vitest';
import { quoteSpans, quotesOf } from '../../src/core/text/quotes';

describe('quotesOf', () => {
  it('finds a balanced quote without its trailing comma', () => {
    expect(quotesOf('"We will rebuild every home," the mayor said.')).toEqual(['We will rebuild every home']);
  });

  it('finds several balanced quotes in order', () => {
    expect(quotesOf('She said "we will rebuild every home" and "we will not give up on anyone" later.')).toEqual([
      'we will rebuild every home',
      'we will not give up on anyone',
    ]);
  });

  it('leaves out titles of works, whose words are all capitalised', () => {
    expect(quotesOf('"The Matrix Reloaded," which opened on Wednesday, took in $135.8 million.')).toEqual([]);
    expect(quotesOf('The agency says the "Do Not Call" list is growing.')).toEqual([]);
    expect(quotesOf('"Frank Quattrone is innocent," Keker said.')).toEqual(['Frank Quattrone is innocent']);
  });

  it('finds both halves of a quote interrupted by its attribution', () => {
    expect(quotesOf('"We will rebuild," he said, "every single home."')).toEqual(['We will rebuild', 'every single home']);
  });

  it('runs an unbalanced opening mark to the end of the sentence', () => {
    expect(quotesOf('The mayor said: "We will rebuild every home.')).toEqual(['We will rebuild every home']);
    expect(quoteSpans('The mayor said: "We will rebuild')).toEqual([[17, 32]]);
  });

  it('reads a lone closing mark as the end of a quote that began in an earlier sentence (AP continuation)', () => {
    expect(quotesOf('every home we lost will be rebuilt," the mayor said.')).toEqual(['every home we lost will be rebuilt']);
    expect(quoteSpans('every home," he said.')).toEqual([[0, 11]]);
  });

  it('reads a lone opening mark after a balanced quote as running to the end', () => {
    expect(quotesOf('"We are ready," he said. "We will stay until the end')).toEqual(['We are ready', 'We will stay until the end']);
  });

  it('ignores quoted strings shorter than the minimum words (titles, scare quotes)', () => {
    expect(quotesOf('He called it a "witch hunt" and left.')).toEqual([]);
    expect(quotesOf('"Yes," he said.')).toEqual([]);
    expect(quotesOf('"Go now," he said.', 2)).toEqual(['Go now']);
  });

  it('finds nothing in a sentence without quotation marks', () => {
    expect(quotesOf('No quotes here at all.')).toEqual([]);
    expect(quoteSpans('No quotes here at all.')).toEqual([]);
  });

  it('ignores a lone mark at the very end of the sentence', () => {
    expect(quoteSpans('He said "')).toEqual([]);
  });
});
