/** Sentence alignment: paraphrases, merges, splits, any order; unrelated text unlinked; hostile input bounded. */
import { describe, expect, it } from 'vitest';
import { ALIGN, align } from '../../src/core/align';
import { prepare } from '../../src/core/document';
import { sameName, scorePair } from '../../src/core/similarity';

const pairs = (source: string[], page: string[]): string[] =>
  align(prepare(source), prepare(page))
    .links.map((link) => `${link.source}->${link.page}`)
    .sort();

const WIRE = [
  'Kenyan authorities evacuated more than 4,500 families from villages along the Tana River on Monday after torrential rain.',
  'The Kenya Red Cross said at least 17 people had died and rescue teams were using boats to reach Garissa county.',
  'Interior Minister Daniel Kiprono said the government had released 300 million shillings for emergency food and shelter.',
  'Aid workers warned that stagnant floodwater could spread cholera in the crowded camps that shelter the displaced.',
  'Farmers in the lower Tana delta said the floods had destroyed maize and rice fields weeks before the harvest.',
  'The Tana River rises in the Aberdare mountains and flows about 1,000 kilometres to the Indian Ocean.',
];

describe('scorePair and sameName', () => {
  it('scores a sentence against itself as a full match', () => {
    const [sentence] = prepare([WIRE[0]]).sentences;
    const score = scorePair(sentence, sentence);
    expect(score.dice).toBe(1);
    expect(score.sourceCovered).toBe(1);
    expect(score.pageCovered).toBe(1);
    expect(score.order).toBe(1);
    expect(score.paraphrase).toBeGreaterThan(0.5);
    expect(score.evidence).toBeGreaterThan(0);
  });

  it('gives no evidence to a pair that shares only names and quoted words', () => {
    const [a] = prepare(['"We will never abandon the families of Garsen," Daniel Kiprono said on the radio.']).sentences;
    const [b] = prepare(['Daniel Kiprono visited Garsen, where he said: "We will never abandon the families."']).sentences;
    expect(scorePair(a, b).evidence).toBe(0);
  });

  it('takes transliterations for one name, and different names for different ones', () => {
    expect(sameName('zelenskiy', 'zelensky')).toBe(true);
    expect(sameName('gaddafi', 'qaddafi')).toBe(true);
    expect(sameName('smith', 'jones')).toBe(false);
    expect(sameName('kenya', 'kenya')).toBe(false); // equal keys match already; this is about spellings
    expect(sameName('ali', 'alo')).toBe(false); // too short to tell
  });
});

describe('align', () => {
  it('links a paraphrase', () => {
    expect(
      pairs(
        [WIRE[0]],
        ['More than 4500 families living in villages along the Tana River were evacuated by Kenyan authorities on Monday following torrential rain.'],
      ),
    ).toEqual(['0->0']);
  });

  it('links both source sentences merged into one page sentence', () => {
    expect(
      pairs(
        [
          'The Kenya Red Cross said at least 17 people had died in the floods.',
          'Rescue teams were using boats to reach communities cut off in Garissa county.',
        ],
        ['The Kenya Red Cross said at least 17 people had died in the floods and rescue teams were using boats to reach communities cut off in Garissa county.'],
      ),
    ).toEqual(['0->0', '1->0']);
  });

  it('links one source sentence split into two page sentences', () => {
    expect(
      pairs(
        ['The Kenya Red Cross said at least 17 people had died in the floods and rescue teams were using boats to reach communities cut off in Garissa county.'],
        [
          'The Kenya Red Cross said at least 17 people had died in the floods.',
          'Rescue teams were using boats to reach communities cut off in Garissa county.',
        ],
      ),
    ).toEqual(['0->0', '0->1']);
  });

  it('aligns every paragraph whatever order the page puts them in', () => {
    const order = [3, 5, 0, 4, 1, 2];
    const links = pairs(WIRE, order.map((i) => WIRE[i]));
    expect(links).toEqual(order.map((source, page) => `${source}->${page}`).sort());
  });

  it('links a sentence printed word for word even when it is too short to score, without evidence', () => {
    const source = [WIRE[0], WIRE[1], 'Kiprono said.'];
    const page = [WIRE[0], 'Kiprono said.'];
    const alignment = align(prepare(source), prepare(page));
    expect(alignment.links.map((link) => `${link.source}->${link.page}`).sort()).toEqual(['0->0', '2->1']);
    const short = alignment.byPage[1][0];
    expect(short.strength).toBe(ALIGN.identical);
    expect(short.score.evidence).toBe(0);
    // Asked whether two texts say the same (story versions), such a line says nothing.
    expect(align(prepare(source), prepare(page), { linkIdentical: false }).links.map((link) => `${link.source}->${link.page}`)).toEqual(['0->0']);
  });

  it('does not link unrelated sentences', () => {
    expect(
      pairs(WIRE, [
        'The central bank raised its benchmark interest rate by half a percentage point on Thursday to fight inflation.',
        'Shares in the carmaker fell 4% after it cut its profit forecast for the year.',
        'The football club sacked its manager after a run of seven defeats.',
      ]),
    ).toEqual([]);
  });

  it('groups links by page sentence and by source sentence', () => {
    const alignment = align(prepare(WIRE.slice(0, 2)), prepare([WIRE[1], 'An unrelated closing remark about the weather in Lisbon.']));
    expect(alignment.byPage.map((links) => links.map((l) => l.source))).toEqual([[1], []]);
    expect(alignment.bySource.map((links) => links.map((l) => l.page))).toEqual([[], [0]]);
    for (const link of alignment.links) expect(link.strength).toBeGreaterThan(0);
  });

  it('handles empty texts', () => {
    expect(align(prepare([]), prepare(WIRE)).links).toEqual([]);
    expect(align(prepare(WIRE), prepare([])).links).toEqual([]);
  });

  it('completes on 20,000 identical sentences on both sides (bounded work)', () => {
    const sentence = 'The river burst its banks and flooded the villages near the coast.';
    const many = Array.from({ length: 20_000 }, () => sentence);
    const alignment = align(prepare(many), prepare(many));
    expect(alignment.byPage).toHaveLength(20_000);
    expect(alignment.bySource).toHaveLength(20_000);
  });

  it('completes on a few hundred repeated sentences against thousands (every key near the postings bound)', () => {
    const sentence = 'The river burst its banks and flooded the villages near the coast.';
    const alignment = align(prepare(Array(300).fill(sentence)), prepare(Array(2_000).fill(sentence)));
    // Each page sentence examines a bounded number of candidates.
    for (const links of alignment.byPage) expect(links.length).toBeLessThanOrEqual(ALIGN.pairsPerSentence);
  });
});
