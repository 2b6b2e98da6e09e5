/** Sentence segmentation: abbreviations do not end sentences; hostile text without punctuation stays bounded. */
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, sentencesOf } from '../../src/core/text/segment';

describe('sentencesOf', () => {
  it('keeps "U.S." followed by a name inside the sentence', () => {
    expect(sentencesOf('The U.S. Senate voted on Tuesday. It passed.')).toEqual(['The U.S. Senate voted on Tuesday.', 'It passed.']);
  });

  it('keeps month abbreviations with their day', () => {
    expect(sentencesOf('The rains should ease by Oct. 12 in the delta. Forecasters agree.')).toEqual([
      'The rains should ease by Oct. 12 in the delta.',
      'Forecasters agree.',
    ]);
  });

  it('keeps titles with their names', () => {
    expect(sentencesOf('Mr. Smith arrived on Monday. He left. Dr. Jane Doe and Gen. Ali stayed.')).toEqual([
      'Mr. Smith arrived on Monday.',
      'He left.',
      'Dr. Jane Doe and Gen. Ali stayed.',
    ]);
  });

  it('keeps initials with the surname', () => {
    expect(sentencesOf('J. P. Morgan bought the bank. Shares rose.')).toEqual(['J. P. Morgan bought the bank.', 'Shares rose.']);
    expect(sentencesOf('Hynix CEO E.J. Woo condemned it. J.D. Edwards holders get 0.86 of a share.')).toEqual([
      'Hynix CEO E.J. Woo condemned it.',
      'J.D. Edwards holders get 0.86 of a share.',
    ]);
    // Dotted initials can end a sentence too, before a word that starts sentences.
    expect(sentencesOf('He moved to Washington, D.C. The move cost him.')).toEqual(['He moved to Washington, D.C.', 'The move cost him.']);
  });

  it('keeps plural titles and ranks with their names', () => {
    expect(sentencesOf('Sens. John Kerry and Bob Graham declined. Police spokesman Brig. Gen. Edward Aritonang confirmed it.')).toEqual([
      'Sens. John Kerry and Bob Graham declined.',
      'Police spokesman Brig. Gen. Edward Aritonang confirmed it.',
    ]);
  });

  it('keeps a Reuters instrument code and an ellipsis inside a quote within the sentence', () => {
    expect(sentencesOf("The broad Standard & Poor's 500 Index <.SPX> lost 6 points. Bonds rose.")).toEqual([
      "The broad Standard & Poor's 500 Index <.SPX> lost 6 points.",
      'Bonds rose.',
    ]);
    expect(sentencesOf('"We acted through the prism of ... Sept. 11th," he said. Critics disagreed.')).toEqual([
      '"We acted through the prism of ... Sept. 11th," he said.',
      'Critics disagreed.',
    ]);
  });

  it('keeps "Inc." followed by a verb inside the sentence', () => {
    expect(sentencesOf('Acme Inc. said profits rose. Acme Corp., a rival, did not.')).toEqual([
      'Acme Inc. said profits rose.',
      'Acme Corp., a rival, did not.',
    ]);
  });

  it('reads "No." before a numeral as the number sign, not as a sentence starting with "No"', () => {
    expect(sentencesOf('The U.S. No. 2 automaker said sales fell. Acme Corp. No one expected it.')).toEqual([
      'The U.S. No. 2 automaker said sales fell.',
      'Acme Corp.',
      'No one expected it.',
    ]);
  });

  it('ends the sentence at an ambiguous abbreviation followed by a sentence starter', () => {
    expect(sentencesOf('Troops were sent to bases in the U.S. The company said it would comply.')).toEqual([
      'Troops were sent to bases in the U.S.',
      'The company said it would comply.',
    ]);
    expect(sentencesOf('He works at Acme Inc. The company declined to comment.')).toEqual([
      'He works at Acme Inc.',
      'The company declined to comment.',
    ]);
  });

  it('keeps times and decimals inside the sentence', () => {
    expect(sentencesOf('He met the envoy at 5 p.m. on Friday. It cost $4.5 million.')).toEqual([
      'He met the envoy at 5 p.m. on Friday.',
      'It cost $4.5 million.',
    ]);
  });

  it('keeps a quote and its attribution together', () => {
    expect(sentencesOf('"We will rebuild every home," the mayor said. "Nobody will be left behind."')).toEqual([
      '"We will rebuild every home," the mayor said.',
      '"Nobody will be left behind."',
    ]);
  });

  it('keeps a quote ending in "?" or "!" with the attribution that follows in lower case', () => {
    expect(sentencesOf('"Why now?" she asked. "Go home!" the officer shouted. People ran.')).toEqual([
      '"Why now?" she asked.',
      '"Go home!" the officer shouted.',
      'People ran.',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(sentencesOf('   ')).toEqual([]);
  });

  it('cuts a very long sentence without punctuation into bounded pieces at word boundaries, losing nothing', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`);
    const text = words.join(' ');
    const pieces = sentencesOf(text);
    expect(pieces.length).toBeGreaterThan(Math.floor(text.length / MAX_SENTENCE_CHARS));
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(pieces.join(' ')).toBe(text);
    expect(pieces.flatMap((piece) => piece.split(' '))).toEqual(words);
  });

  it('cuts a long run without any space at the bound', () => {
    const pieces = sentencesOf('x'.repeat(MAX_SENTENCE_CHARS * 2 + 10));
    expect(pieces.map((piece) => piece.length)).toEqual([MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 10]);
  });

  it('segments a very long paragraph of real sentences exactly as its parts (work grows linearly)', () => {
    const unit = ['Mr. Smith met the U.S. envoy on Oct. 12.', '"Why now?" she asked.', 'The river rose by 2.5 metres and the town flooded.'];
    const repeats = 6_000; // ~600,000 characters, far beyond one segmenter window
    const sentences = sentencesOf(Array(repeats).fill(unit.join(' ')).join(' '));
    expect(sentences).toHaveLength(unit.length * repeats);
    expect(sentences.slice(0, 3)).toEqual(unit);
    expect(new Set(sentences)).toEqual(new Set(unit));
  });
});

describe('sentencesOf on one-sentence paragraphs', () => {
  it('returns a plain paragraph with no inner sentence mark whole, and still splits at inner "!" and "?"', () => {
    expect(sentencesOf('The port reopened on Monday, officials said.')).toEqual(['The port reopened on Monday, officials said.']);
    expect(sentencesOf('He said "we will stay."')).toEqual(['He said "we will stay."']);
    expect(sentencesOf('Wow! The port reopened.')).toEqual(['Wow!', 'The port reopened.']);
    expect(sentencesOf('Why now? Nobody knows.')).toEqual(['Why now?', 'Nobody knows.']);
  });
});
