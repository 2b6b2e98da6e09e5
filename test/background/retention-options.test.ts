/** The options page's retention limits: shown, validated, saved, and applied at once. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../src/messages';
import { mountRetention } from '../../src/options/retention-view';
import { installFakeExt, makeRoot } from '../ui/fake-ext';
import { mockSend } from '../ui/mock-send';

beforeEach(() => installFakeExt());

async function mount(initial: Settings, deleted = 0) {
  const { root } = makeRoot();
  let stored = initial;
  const { send, calls } = mockSend({
    'settings-get': () => stored,
    'settings-set': (change) => (stored = { ...stored, ...change }),
    'corpus-retention': () => ({ deleted }),
  });
  const onDeleted = vi.fn();
  await mountRetention(root, { send, onDeleted });
  const one = <T extends HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`)!;
  const submit = () => one('retention-form').dispatchEvent(new (root.ownerDocument.defaultView as unknown as typeof globalThis).Event('submit'));
  return { calls, one, submit, onDeleted, stored: () => stored };
}

describe('retention limits on the options page', () => {
  it('shows the stored limits, 0 for none', async () => {
    const { one } = await mount({ autoTrace: true, neverTrace: [], keepDays: 30 });
    expect(one<HTMLInputElement>('retention-days').value).toBe('30');
    expect(one<HTMLInputElement>('retention-megabytes').value).toBe('0');
  });

  it('saves the limits, applies them at once and says how many stories went', async () => {
    const { one, submit, calls, onDeleted, stored } = await mount({ autoTrace: true, neverTrace: [] }, 12);
    one<HTMLInputElement>('retention-days').value = '7';
    one<HTMLInputElement>('retention-megabytes').value = '250';
    submit();
    await vi.waitFor(() => expect(onDeleted).toHaveBeenCalledOnce());
    expect(stored()).toMatchObject({ keepDays: 7, maxMegabytes: 250 });
    expect(calls.map((c) => c.type)).toEqual(['settings-get', 'settings-set', 'corpus-retention']);
    expect(one('retention-status').textContent).toBe('Limits saved.12 stories beyond your retention limits were deleted.');
  });

  it('refuses anything but a whole number from 0', async () => {
    const { one, submit, calls } = await mount({ autoTrace: true, neverTrace: [] });
    one<HTMLInputElement>('retention-megabytes').value = '-5';
    submit();
    await vi.waitFor(() => expect(one('retention-status').textContent).toBe('Enter a whole number, 0 or more.'));
    expect(calls.map((c) => c.type)).toEqual(['settings-get']);
  });
});
