import { describe, expect, it } from 'vitest';
import type { TraceResult } from '../../src/core';
import { formatCompare, formatTrace } from '../../src/cli/format-text';
import { makeStyle, useColour } from '../../src/cli/style';

const result: TraceResult = {
  page: 'page.html',
  verdict: 'derived',
  source: { id: 'afp-1', agency: 'AFP', title: 'Floods force evacuations', url: 'https://wire.example/afp-1', published: '2026-10-12T08:00:00Z' },
  confidence: 0.91,
  coverage: 0.625,
  reuse: 0.8,
  sourceSentences: [
    { text: 'Floods forced 4,500 families from their homes.', status: 'paraphrased', page: [0] },
    { text: 'The river last flooded in 1998.', status: 'cut', page: [] },
    { text: '"We are doing all we can," the governor said.', status: 'kept', page: [1] },
    { text: 'The rains are expected to ease next week.', status: 'cut', page: [] },
  ],
  pageSentences: [
    { text: 'Some 450 families fled the floods.', status: 'paraphrased', source: [0] },
    { text: '"We are doing all we can," the governor said.', status: 'copied', source: [2] },
    { text: 'Also read: Drought hits the north', status: 'added', source: [] },
  ],
  changes: [
    { kind: 'number', source: '4,500 families', page: '450 families', sourceSentence: 0, pageSentence: 0 },
    { kind: 'quote', source: 'will not hesitate to act', page: null, sourceSentence: 2, pageSentence: 1 },
  ],
  alternatives: [],
  additionalSources: [
    { id: 'ap-9', agency: 'AP', title: 'River bursts its banks', confidence: 0.7, coverage: 0.3, reuse: 0.2, sourceSentences: [] },
  ],
};

describe('formatTrace', () => {
  const text = formatTrace(result, makeStyle(false));

  it('leads with the verdict and the source', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('page.html');
    expect(lines[1]).toContain('derived');
    expect(text).toContain('AFP — Floods force evacuations');
    expect(text).toContain('id afp-1, 2026-10-12T08:00:00Z');
    expect(text).toContain('https://wire.example/afp-1');
    expect(text).toContain('Confidence: 91%');
    expect(text).toContain('Coverage:   63%');
    expect(text).toContain('Reuse:      80%');
    expect(text).toContain('Also from:  AP — River bursts its banks');
  });

  it('lists cut sentences in wire order, then changes wire → page, then added sentences', () => {
    const cut1 = text.indexOf('[1] The river last flooded in 1998.');
    const cut3 = text.indexOf('[3] The rains are expected to ease next week.');
    const change = text.indexOf('number 4,500 families → 450 families');
    const dropped = text.indexOf('quote  “will not hesitate to act” → (no longer quoted on the page)');
    const added = text.indexOf('[2] Also read: Drought hits the north');
    expect([cut1, cut3, change, dropped, added].every((i) => i > 0)).toBe(true);
    expect(cut1).toBeLessThan(cut3);
    expect(cut3).toBeLessThan(change);
    expect(change).toBeLessThan(added);
    expect(text).not.toContain('Floods forced 4,500 families from their homes.');
  });

  it('has no escape codes without colour, and colours with it', () => {
    expect(text).not.toMatch(/\u001b\[/);
    expect(formatTrace(result, makeStyle(true))).toMatch(/\u001b\[31mderived\u001b\[39m/);
  });

  it('sets the words that differ in bold on a terminal', () => {
    const coloured = formatTrace(result, makeStyle(true));
    expect(coloured).toContain('number \u001b[1m4,500\u001b[22m families → \u001b[33m\u001b[1m450\u001b[22m families\u001b[39m');
  });

  it('says so when nothing was found', () => {
    const none = formatTrace({ ...result, verdict: 'none', source: null, additionalSources: [], sourceSentences: [], changes: [] }, makeStyle(false));
    expect(none).toContain('none (no wire source found)');
    expect(none).not.toContain('Source:');
    expect(none).not.toContain('Cut from');
  });
});

describe('formatCompare', () => {
  it('reports the comparison without a source line', () => {
    const text = formatCompare(result, makeStyle(false));
    expect(text).toContain('Verdict:    derived');
    expect(text).not.toContain('Source:');
    expect(text).toContain('[1] The river last flooded in 1998.');
  });
});

describe('useColour', () => {
  it('colours only a terminal without NO_COLOR', () => {
    expect(useColour(true, {})).toBe(true);
    expect(useColour(false, {})).toBe(false);
    expect(useColour(true, { NO_COLOR: '1' })).toBe(false);
  });
});
