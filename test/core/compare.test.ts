/** Verdict and `compare`: a copy is derived, an original story on the same event is not. */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare';
import { confidenceOf, verdictOf, VERDICT } from '../../src/core/verdict';

const WIRE = `NAIROBI, Oct 12 (AFP) - Kenyan authorities evacuated more than 4,500 families from villages along the Tana River on Monday after days of torrential rain pushed the country's longest river over its banks, officials said.

The Kenya Red Cross said at least 17 people had died and that rescue teams were using boats to reach communities cut off in Tana River and Garissa counties.

"The water rose by almost two metres overnight and swept away everything in its path," said Halima Guyo, the Tana River county commissioner.

Interior Minister Daniel Kiprono told reporters in Nairobi that the government had released 300 million shillings for emergency food and shelter. "No Kenyan will be left to face this disaster alone," Kiprono said.`;

/** A local paper's own story: same people, same quotes word for word, its own sentences. */
const ORIGINAL = `GARSEN, Kenya - Halima Guyo has spent three nights on the roof of the county offices, counting the boats that come back.

The commissioner, who grew up in a fishing family near Kipini, says this season feels different from anything she remembers.

"The water rose by almost two metres overnight and swept away everything in its path," Guyo told the Coast Herald on Tuesday.

In the capital, Daniel Kiprono has promised help. "No Kenyan will be left to face this disaster alone," Kiprono said.

Our reporter walked through the market in Garsen, where traders were stacking sacks of sand against their shop doors.`;

describe('compare', () => {
  it('calls a verbatim copy derived: every wire sentence kept, every page sentence copied', () => {
    const result = compare(WIRE, WIRE);
    expect(result.verdict).toBe('derived');
    expect(result.coverage).toBe(1);
    expect(result.reuse).toBe(1);
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.sourceSentences.map((s) => [s.status, s.page])).toEqual([
      ['kept', [0]],
      ['kept', [1]],
      ['kept', [2]],
      ['kept', [3]],
      ['kept', [4]],
    ]);
    expect(result.pageSentences.map((s) => [s.status, s.source])).toEqual([
      ['copied', [0]],
      ['copied', [1]],
      ['copied', [2]],
      ['copied', [3]],
      ['copied', [4]],
    ]);
    expect(result.changes).toEqual([]);
  });

  it('shows sentences without their dateline and typography normalised', () => {
    const result = compare(WIRE, WIRE.replace('"The water', '\u201CThe water').replace('path,"', 'path,\u201D'));
    expect(result.sourceSentences[0].text.startsWith('Kenyan authorities evacuated')).toBe(true);
    expect(result.pageSentences[2].text.startsWith('"The water rose')).toBe(true);
    expect(result.pageSentences[2].status).toBe('copied');
  });

  it('calls an original story on the same event that shares only quotes and names none', () => {
    const result = compare(WIRE, ORIGINAL);
    expect(result.verdict).toBe('none');
    expect(result.confidence).toBeLessThan(0.5);
    // The shared quotes are found, but they are not evidence of copying.
    expect(result.changes).toEqual([]);
  });

  it('calls a copy with added paragraphs derived, and marks the added ones', () => {
    const page = `${WIRE}\n\nLocal radio stations have been broadcasting the numbers of rescue boats every hour.\n\nThe county has opened three schools as shelters.`;
    const result = compare(WIRE, page);
    expect(result.verdict).toBe('derived');
    expect(result.pageSentences.slice(-2).map((s) => s.status)).toEqual(['added', 'added']);
    expect(result.reuse).toBeCloseTo(5 / 7);
  });

  it('marks trimmed wire sentences cut', () => {
    const page = WIRE.split('\n\n').slice(0, 3).join('\n\n');
    const result = compare(WIRE, page);
    expect(result.verdict).toBe('derived');
    expect(result.sourceSentences.map((s) => s.status)).toEqual(['kept', 'kept', 'kept', 'cut', 'cut']);
    expect(result.coverage).toBeCloseTo(3 / 5);
  });

  it('returns only the comparison: no source, alternatives or further sources', () => {
    const result = compare(WIRE, { page: 'https://example.com/story', paragraphs: WIRE.split('\n\n') });
    expect(Object.keys(result).sort()).toEqual(['changes', 'confidence', 'coverage', 'page', 'pageSentences', 'reuse', 'sourceSentences', 'verdict']);
    expect(result.page).toBe('https://example.com/story');
    expect(compare(WIRE, WIRE).page).toBe('-');
  });

  it('calls an empty page none', () => {
    const result = compare(WIRE, '');
    expect(result.verdict).toBe('none');
    expect(result.confidence).toBe(0);
    expect(result.pageSentences).toEqual([]);
    expect(result.sourceSentences.every((s) => s.status === 'cut')).toBe(true);
  });
});

describe('verdictOf and confidenceOf', () => {
  it('needs evidence in half the page for derived', () => {
    expect(verdictOf({ sentences: 5, carried: 5, strength: 4 }, 10)).toBe('derived');
    expect(verdictOf({ sentences: 4, carried: 4, strength: 4 }, 10)).toBe('partial');
    expect(verdictOf({ sentences: 0, carried: 0, strength: 0 }, 10)).toBe('none');
    expect(verdictOf({ sentences: 0, carried: 0, strength: 0 }, 0)).toBe('none');
  });

  it('counts quotes carried word for word once anchored, never without anchors', () => {
    expect(verdictOf({ sentences: 2, carried: 6, strength: 2 }, 10)).toBe('derived');
    expect(verdictOf({ sentences: 1, carried: 8, strength: 1 }, 10)).toBe('none');
  });

  it('needs several sentences for partial: one or two can be coincidence', () => {
    expect(verdictOf({ sentences: 2, carried: VERDICT.partialMinSentences - 1, strength: 2 }, 10)).toBe('none');
    expect(verdictOf({ sentences: 3, carried: VERDICT.partialMinSentences, strength: 3 }, 20)).toBe('partial');
  });

  it('grows with evidence and shrinks when a rival explains as much', () => {
    const strong = confidenceOf({ sentences: 8, carried: 8, strength: 7 }, 'derived');
    expect(strong).toBeGreaterThan(confidenceOf({ sentences: 2, carried: 2, strength: 1 }, 'derived'));
    expect(confidenceOf({ sentences: 8, carried: 8, strength: 7 }, 'derived', 1)).toBeLessThan(strong);
    expect(confidenceOf({ sentences: 8, carried: 8, strength: 7 }, 'none')).toBeLessThan(strong);
    expect(strong).toBeLessThanOrEqual(1);
  });
});
