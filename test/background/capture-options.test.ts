/** The options page's wire-site capture controls and the popup's captured state, rendered under linkedom. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptureSettings } from '../../src/messages';
import { defaultCaptureSettings } from '../../src/platform/wire-sites';
import { mountCapture, parseSiteList } from '../../src/options/capture-view';
import { startPopup } from '../../src/popup/controller';
import { renderPopup } from '../../src/popup/render';
import { installFakeExt, makeRoot } from '../ui/fake-ext';
import { mockSend } from '../ui/mock-send';

beforeEach(() => installFakeExt());

async function mount(initial: CaptureSettings = defaultCaptureSettings) {
  const { document, root } = makeRoot();
  const welcome = document.createElement('div');
  document.body.prepend(welcome);
  let stored = structuredClone(initial);
  const { send, calls } = mockSend({
    'capture-settings-get': () => stored,
    'capture-settings-set': (change) => (stored = { ...stored, ...change }),
  });
  await mountCapture(welcome as unknown as HTMLElement, root, send);
  const one = <T extends HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`);
  const Event = (document.defaultView as unknown as typeof globalThis).Event;
  return { one, calls, Event, stored: () => stored };
}

describe('first-run choice', () => {
  it('asks until answered; accepting turns capture on', async () => {
    const { one, stored } = await mount();
    expect(one('capture-welcome')?.textContent).toContain('Capture stories from wire sites?');
    expect(one<HTMLInputElement>('capture-enabled')!.checked).toBe(false);
    one('capture-accept')!.click();
    await vi.waitFor(() => expect(stored()).toMatchObject({ enabled: true, offered: true }));
    expect(one('capture-welcome')).toBeNull();
    expect(one('capture-welcome-answer')?.textContent).toBe('Stories you read on wire sites will be added to your corpus.');
    expect(one<HTMLInputElement>('capture-enabled')!.checked).toBe(true);
  });

  it('declining leaves capture off and stops asking', async () => {
    const { one, stored } = await mount();
    one('capture-decline')!.click();
    await vi.waitFor(() => expect(stored()).toMatchObject({ enabled: false, offered: true }));
    expect(one('capture-welcome')).toBeNull();
    expect((await mount(stored())).one('capture-welcome')).toBeNull();
  });
});

describe('capture settings', () => {
  it('switches capture on and off', async () => {
    const { one, Event, stored, calls } = await mount({ ...defaultCaptureSettings, offered: true });
    const toggle = one<HTMLInputElement>('capture-enabled')!;
    toggle.checked = true;
    toggle.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(stored().enabled).toBe(true));
    expect(calls.at(-1)).toEqual({ type: 'capture-settings-set', payload: { enabled: true, offered: true } });
  });

  it('shows the list one site per line, saves an edited list, and names the lines that are not sites', async () => {
    const { one, Event, stored, calls } = await mount({ ...defaultCaptureSettings, offered: true });
    const sites = one<HTMLTextAreaElement>('capture-sites')!;
    expect(sites.value.split('\n')).toContain('ansa.it/english');
    expect(sites.value.split('\n')).toHaveLength(10);

    sites.value = 'reuters.com\nnot a site\n';
    one('capture-sites-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await Promise.resolve();
    expect(one('capture-status')!.textContent).toBe('Not a wire site: not a site');
    expect(calls.filter((c) => c.type === 'capture-settings-set')).toHaveLength(0);

    sites.value = 'reuters.com\n\nxinhuanet.com/english = Xinhua\n';
    one('capture-sites-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() =>
      expect(stored().sites).toEqual([{ host: 'reuters.com', path: '' }, { host: 'xinhuanet.com', path: '/english', agency: 'Xinhua' }]),
    );
    expect(one('capture-status')!.textContent).toBe('Settings saved.');

    one('capture-sites-reset')!.click();
    await vi.waitFor(() => expect(stored().sites).toEqual(defaultCaptureSettings.sites));
  });

  it('parses the typed list line by line', () => {
    expect(parseSiteList(' upi.com \n\n bad entry \nwire.example/news = Wire')).toEqual({
      sites: [{ host: 'upi.com', path: '' }, { host: 'wire.example', path: '/news', agency: 'Wire' }],
      invalid: ['bad entry'],
    });
  });
});

describe('the popup on a captured page', () => {
  const actions = { traceAgain() {}, addToCorpus() {}, downloadEvidence() {}, copyReport() {}, openOptions() {} };

  it('says the page was captured into the corpus', () => {
    const { root } = makeRoot();
    renderPopup(root, { tab: { status: 'idle', captured: true, corpusCount: 9, page: { title: 'A fictional story' } } }, actions);
    expect(root.querySelector('[data-testid="state-captured"]')?.textContent).toContain('Captured into your corpus');
    expect(root.querySelector('[data-testid="state-idle"]')).toBeNull();
  });

  it('does not trace a captured page by itself (it would only find itself)', async () => {
    const { root } = makeRoot();
    const { send, calls } = mockSend({ 'tab-state': () => ({ status: 'idle', captured: true, corpusCount: 9 }) });
    await startPopup(root, { send, tabId: 5, openOptions() {}, download() {}, copyText: async () => {} });
    expect(calls.map((c) => c.type)).toEqual(['tab-state']);
    expect(root.querySelector('[data-testid="state-captured"]')).not.toBeNull();
  });
});
