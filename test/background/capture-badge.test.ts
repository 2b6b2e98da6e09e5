import { describe, expect, it } from 'vitest';
import { showBadge, verdictColours } from '../../src/background/badge';
import { badgeTitle, capturedBadge } from '../../src/background/capture-badge';
import type { TraceResult } from '../../src/core/types';
import { FakeBrowser } from './fake-browser';

const result: TraceResult = {
  page: 'https://news.example/a', verdict: 'derived', confidence: 0.9, coverage: 0.8, reuse: 0.5,
  source: { id: 's1', agency: 'AP', title: 'Fictional' },
  sourceSentences: [], pageSentences: [], changes: [], alternatives: [], additionalSources: [],
};

describe('the capture badge', () => {
  it('is a "+" on its own colour, unlike any verdict', () => {
    expect(capturedBadge.text).toBe('+');
    expect(Object.values(verdictColours)).not.toContain(capturedBadge.colour);
  });

  it('shows on a captured tab with the title "Captured into your corpus", whatever result came with it', async () => {
    const browser = new FakeBrowser();
    browser.addTab({ id: 2, url: 'https://www.reuters.com/world/x' });
    await showBadge(browser.api, 2, result, true);
    expect(browser.badges.get(2)).toEqual({ text: '+', color: capturedBadge.colour });
    expect(browser.titles.get(2)).toBe('Captured into your corpus');
  });

  it('gives way to the trace badge and the usual title afterwards', async () => {
    const browser = new FakeBrowser();
    browser.messages = { actionTitle: 'Trace this story', capturedBadgeTitle: 'In deinem Korpus' };
    browser.addTab({ id: 2, url: 'https://www.reuters.com/world/x' });
    await showBadge(browser.api, 2, undefined, true);
    expect(browser.titles.get(2)).toBe('In deinem Korpus');
    await showBadge(browser.api, 2, result);
    expect(browser.badges.get(2)).toEqual({ text: 'A 50%', color: verdictColours.derived });
    expect(browser.titles.get(2)).toBe('Trace this story');
  });

  it('falls back to English and the extension name when the locale lacks the strings', () => {
    const { api } = new FakeBrowser();
    expect(badgeTitle(api, true)).toBe('Captured into your corpus');
    expect(badgeTitle(api, false)).toBe('Wiretrace');
  });
});
