import { describe, expect, it } from 'vitest';
import { badgeFor, showBadge, verdictColours } from '../../src/background/badge';
import type { TraceResult } from '../../src/core/types';
import { FakeBrowser } from './fake-browser';

function result(overrides: Partial<TraceResult>): TraceResult {
  return {
    page: 'https://news.example/a', verdict: 'derived', confidence: 0.9, coverage: 0.8, reuse: 0.92,
    source: { id: 's1', agency: 'Reuters', title: 'Fictional' },
    sourceSentences: [], pageSentences: [], changes: [], alternatives: [], additionalSources: [],
    ...overrides,
  };
}

describe('badge', () => {
  it('shows the agency initial and the reuse share, coloured by verdict', () => {
    expect(badgeFor(result({}))).toEqual({ text: 'R 92%', colour: verdictColours.derived });
    expect(badgeFor(result({ verdict: 'partial', reuse: 0.314, source: { id: 's', agency: 'afp', title: 't' } }))).toEqual({
      text: 'A 31%',
      colour: verdictColours.partial,
    });
    expect(badgeFor(result({ verdict: 'none', reuse: 0.04 })).colour).toBe(verdictColours.none);
  });

  it('is empty when there is no source or no result', () => {
    expect(badgeFor(result({ verdict: 'none', source: null })).text).toBe('');
    expect(badgeFor(undefined).text).toBe('');
  });

  it('clamps the share to 0–100%', () => {
    expect(badgeFor(result({ reuse: 1.7 })).text).toBe('R 100%');
  });

  it('sets text and colour per tab, and survives a tab that closed meanwhile', async () => {
    const browser = new FakeBrowser();
    browser.addTab({ id: 3, url: 'https://news.example/a' });
    await showBadge(browser.api, 3, result({}));
    expect(browser.badges.get(3)).toEqual({ text: 'R 92%', color: verdictColours.derived });
    await expect(showBadge(browser.api, 4, result({}))).resolves.toBeUndefined();
  });
});
