import { describe, expect, it } from 'vitest';
import type { TraceResult } from '../../src/core/types';
import { scoreCase } from '../../scripts/eval/synthetic-score';
import type { SyntheticCase } from '../../scripts/synth/index';

const base: SyntheticCase = {
  id: 'trim-bottom-0',
  kind: 'trim-bottom',
  page: { page: 'synthetic:trim-bottom-0', paragraphs: ['Acme Corp said it bought the unit.', 'Local readers will care.'] },
  sources: [{ id: 's1', sentences: [{ text: 'Acme Corp said it bought the unit.', cut: false }, { text: 'Profits rose 5 pct.', cut: true }] }],
  pieces: [{ text: 'Acme Corp said it bought the unit.', added: false }, { text: 'Local readers will care.', added: true }],
};

function result(overrides: Partial<TraceResult>): TraceResult {
  return {
    page: base.page.page, verdict: 'derived', confidence: 0.9, coverage: 0.5, reuse: 0.5,
    source: { id: 's1', agency: 'Reuters', title: 'T' },
    sourceSentences: [{ text: 'Acme Corp said it bought the unit.', status: 'kept', page: [0] }, { text: 'Profits rose 5 pct.', status: 'kept', page: [] }],
    pageSentences: [{ text: 'Acme Corp said it bought the unit.', status: 'copied', source: [0] }, { text: 'Local readers will care.', status: 'added', source: [] }],
    changes: [], alternatives: [], additionalSources: [],
    ...overrides,
  };
}

const texts: Record<string, string> = {
  s1: 'Acme Corp said it bought the unit of Zenith for five mln dlrs. Profits rose 5 pct.',
  twin: 'Acme Corp said it bought the unit of Zenith for five mln dlrs. Profits rose 5 pct. REUTER',
  other: 'Oil prices fell sharply in Asian trading on weak demand.',
};
const storyText = (id: string) => texts[id];

describe('scoring a synthetic page', () => {
  it('counts cut and added sentences against the truth', () => {
    const s = scoreCase(base, result({}), storyText);
    expect(s).toMatchObject({ correct: true, nearDuplicate: false, spuriousChanges: 0 });
    expect(s.cut).toEqual({ tp: 0, fp: 0, fn: 1, tn: 1 });
    expect(s.added).toEqual({ tp: 1, fp: 0, fn: 0, tn: 1 });
  });

  it('tells a near-duplicate source from a wrong one', () => {
    expect(scoreCase(base, result({ source: { id: 'twin', agency: 'Reuters', title: 'T' } }), storyText)).toMatchObject({ correct: false, nearDuplicate: true, cut: null });
    expect(scoreCase(base, result({ source: { id: 'other', agency: 'Reuters', title: 'T' } }), storyText)).toMatchObject({ correct: false, nearDuplicate: false });
  });

  it('counts any verdict but none as a false source on pages that derive from nothing', () => {
    const heldOut: SyntheticCase = { ...base, kind: 'not-derived', sources: [], heldOut: 's1' };
    expect(scoreCase(heldOut, result({ verdict: 'none', source: null }), storyText).falseSource).toBe(false);
    expect(scoreCase(heldOut, result({ verdict: 'partial', source: { id: 'twin', agency: 'Reuters', title: 'T' } }), storyText)).toMatchObject({ falseSource: true, nearDuplicate: true });
  });

  it('treats an engine error as a miss', () => {
    expect(scoreCase(base, null, storyText)).toMatchObject({ verdict: 'error', correct: false, cut: null });
  });
});
