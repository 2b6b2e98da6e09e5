import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import { resolveTabId } from '../../src/popup/tab-id';
import { localizeTree, t } from '../../src/ui/i18n';
import { getMessage, installFakeExt } from './fake-ext';

beforeEach(() => installFakeExt());

describe('strings', () => {
  it.each(['popup.html', 'options.html'])('%s names only strings that messages.json has, and gets them filled', (file) => {
    const html = readFileSync(new URL(`../../extension/${file}`, import.meta.url), 'utf8');
    const { document } = parseHTML(html);
    const keys = [...html.matchAll(/data-i18n(?:-[a-z-]+)?="([^"]+)"/g)].map((m) => m[1]);
    for (const key of keys) expect(() => getMessage(key)).not.toThrow();
    localizeTree(document as unknown as Document);
    expect(document.title).toBe(file === 'popup.html' ? 'Wiretrace' : 'Wiretrace settings');
  });

  it('fills attributes named after data-i18n-', () => {
    const { document } = parseHTML('<html><body><button data-i18n-aria-label="openSettings"></button></body></html>');
    localizeTree(document as unknown as Document);
    expect(document.querySelector('button')?.getAttribute('aria-label')).toBe('Settings');
  });

  it('substitutes placeholders', () => {
    expect(t('footerCorpus', '1,204')).toBe('Corpus: 1,204 stories');
  });
});

describe('resolveTabId', () => {
  const tabs = { query: async () => [{ id: 42 }] };
  it('takes ?tab= when the popup was opened in a tab of its own', async () => {
    expect(await resolveTabId('?tab=12', tabs)).toBe(12);
  });
  it('otherwise takes the active tab, ignoring a malformed id', async () => {
    expect(await resolveTabId('', tabs)).toBe(42);
    expect(await resolveTabId('?tab=12abc', tabs)).toBe(42);
  });
});
