import { beforeEach, describe, expect, it, vi } from 'vitest';
import { termsWhenIdle } from '../../src/background/terms-when-idle';
import { story } from './helpers';

const computed: string[] = [];
/** Runs after the task that computed the first story's terms: what a waiting IndexedDB answer would follow. */
let afterFirstTask: () => void = () => undefined;
vi.mock('../../src/core/story-terms', () => ({
  storyTerms: (record: { title: string }) => {
    if (computed.length === 0) queueMicrotask(() => afterFirstTask());
    computed.push(record.title);
    return new Uint32Array(0);
  },
}));

beforeEach(() => {
  computed.length = 0;
});

const records = Array.from({ length: 40 }, (_, i) => story(`s${i}`));

describe('termsWhenIdle', () => {
  it("computes every story's terms in order, a few per task", async () => {
    let firstTask = 0;
    afterFirstTask = () => (firstTask = computed.length);
    termsWhenIdle(records);
    expect(computed).toEqual([]);
    await vi.waitFor(() => expect(computed).toEqual(records.map((r) => r.title)));
    expect(firstTask).toBeGreaterThan(0);
    expect(firstTask).toBeLessThan(10);
  });

  it('stops when asked', async () => {
    const terms = termsWhenIdle(records);
    afterFirstTask = () => terms.stop();
    await vi.waitFor(() => expect(computed.length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(computed.length).toBeLessThan(10);
  });
});
