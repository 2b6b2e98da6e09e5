import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startPopup, type PopupDeps } from '../../src/popup/controller';
import type { TabState } from '../../src/messages';
import { installFakeExt, makeRoot } from './fake-ext';
import { states } from './fixtures';
import { type Handlers, mockSend } from './mock-send';

beforeEach(() => installFakeExt());

async function open(handlers: Handlers, extra: Partial<PopupDeps> = {}) {
  const { root } = makeRoot();
  const { send, calls } = mockSend(handlers);
  const deps: PopupDeps = {
    send,
    tabId: 7,
    openOptions: vi.fn(),
    download: vi.fn(),
    copyText: vi.fn(async () => {}),
    now: () => new Date('2026-01-02T03:04:05Z'),
    sleep: async () => {},
    ...extra,
  };
  // Records which statuses were ever on screen, to tell "opened with the result" from "spun first".
  const seen: string[] = [];
  new (root.ownerDocument.defaultView as unknown as typeof globalThis).MutationObserver(() => {
    const status = root.querySelector('main')?.getAttribute('data-status');
    if (status) seen.push(status);
  }).observe(root, { childList: true });
  await startPopup(root, deps);
  const one = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { root, calls, deps, seen, one, types: () => calls.map((c) => c.type) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('popup controller', () => {
  it('opens a page traced at load with its result: asks tab-state only, never traces', async () => {
    const { types, one, calls, seen } = await open({ 'tab-state': () => states.done });
    await settle();
    expect(seen).toEqual(['done']);
    expect(types()).toEqual(['tab-state']);
    expect(calls[0].payload).toEqual({ tabId: 7 });
    expect(one('verdict')?.textContent).toBe('From wire copy');
    expect(one('state-tracing')).toBeNull();
  });

  it('traces when the tab is idle, showing progress until the result arrives', async () => {
    const { types, one, seen } = await open({
      'tab-state': () => ({ status: 'idle', corpusCount: 5 }),
      'trace-tab': () => states.done,
    });
    await settle();
    expect(seen).toEqual(['tracing', 'done']);
    expect(types()).toEqual(['tab-state', 'trace-tab']);
    expect(one('verdict')).not.toBeNull();
  });

  it('waits out a trace already running by asking again', async () => {
    const answers: TabState[] = [states.tracing, states.tracing, states.done];
    const { types, one } = await open({ 'tab-state': () => answers.shift()! });
    expect(types()).toEqual(['tab-state', 'tab-state', 'tab-state']);
    expect(one('verdict')).not.toBeNull();
  });

  it('shows a failed message exchange as the error state', async () => {
    const { one } = await open({
      'tab-state': () => {
        throw new Error('background asleep');
      },
    });
    expect(one('state-error')?.textContent).toContain('background asleep');
  });

  it('"Trace again" traces the tab again', async () => {
    const { one, types } = await open({ 'tab-state': () => states.done, 'trace-tab': () => states.none });
    one('trace-again')!.click();
    await settle();
    expect(types()).toEqual(['tab-state', 'trace-tab']);
    expect(one('verdict')?.textContent).toBe('No wire source found');
  });

  it('adds the page with the agency typed, then shows the new state and a notice', async () => {
    const { one, calls, root } = await open({
      'tab-state': () => states.emptyCorpus,
      'add-page-to-corpus': () => ({ id: 'ap-1' }),
    });
    root.querySelector<HTMLInputElement>('#add-agency')!.value = 'AP';
    root.querySelector('form')!.dispatchEvent(new (root.ownerDocument.defaultView as unknown as typeof globalThis).Event('submit', { cancelable: true }));
    await settle();
    expect(calls.map((c) => c.type)).toEqual(['tab-state', 'add-page-to-corpus', 'tab-state']);
    expect(calls[1].payload).toEqual({ tabId: 7, agency: 'AP' });
    expect(one('notice')?.textContent).toContain('ap-1');
  });

  it('shows an action that failed as an error notice and keeps the result', async () => {
    const { one } = await open({ 'tab-state': () => states.done }, { copyText: async () => Promise.reject(new Error('clipboard denied')) });
    one('copy-report')!.click();
    await settle();
    expect(one('notice')?.textContent).toBe('clipboard denied');
    expect(one('notice')?.getAttribute('role')).toBe('alert');
    expect(one('verdict')).not.toBeNull();
  });

  it('copies a plain-text report with the verdict, the source and the cuts', async () => {
    const { one, deps } = await open({ 'tab-state': () => states.done });
    one('copy-report')!.click();
    await settle();
    const report = vi.mocked(deps.copyText).mock.calls[0][0];
    expect(report).toContain('Verdict: From wire copy');
    expect(report).toContain('Wire source: Reuters — Trump and Putin meet in Helsinki');
    expect(report).toContain('[2] The talks lasted two hours.');
    expect(report).toContain('“2 hours” → This page (left out)');
    // Under a changed quote, the words that differ, marked like a diff.
    expect(report).toContain('    words: −“direct” +“good”');
    expect(one('notice')?.textContent).toBe('Report copied to the clipboard.');
  });

  it('downloads the evidence as JSON holding the whole result', async () => {
    const { one, deps } = await open({ 'tab-state': () => states.done });
    one('download-evidence')!.click();
    await settle();
    const [blob, name] = vi.mocked(deps.download).mock.calls[0];
    expect(name).toBe('wiretrace-news.example-2026-01-02T030405.json');
    const evidence = JSON.parse(await blob.text());
    expect(evidence).toMatchObject({ tool: 'wiretrace', url: 'https://news.example/story', exportedAt: '2026-01-02T03:04:05.000Z' });
    expect(evidence.result).toEqual(states.done.result);
  });
});
