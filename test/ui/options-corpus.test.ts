import { gunzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoryRecord } from '../../src/core/types';
import type { StorySummary } from '../../src/messages';
import { exportCorpus, exportPageSize } from '../../src/options/export-corpus';
import { renderStats } from '../../src/options/stats';
import { mountStoryList, pageSize } from '../../src/options/story-list';
import { installFakeExt, makeRoot } from './fake-ext';
import { hostile } from './fixtures';
import { mockSend } from './mock-send';

beforeEach(() => installFakeExt());

describe('corpus stats', () => {
  it('shows the story count as bare digits on its hook, and the storage used', () => {
    const { root } = makeRoot();
    renderStats(root, { count: 12345, textBytes: 2 * 1024 * 1024, indexBytes: 512 * 1024, usage: 3 * 1024 * 1024, quota: 1024 ** 3 });
    expect(root.querySelector('[data-testid="corpus-count"]')?.textContent).toBe('12345');
    expect(root.querySelector('[data-testid="corpus-storage"]')?.textContent).toBe(
      'Storage used: 3 MB of 1 GB available. Story text: 2 MB, search index: 512 kB.',
    );
    expect(root.querySelector('[data-testid="corpus-empty"]')).toBeNull();
  });

  it('says how to fill an empty corpus', () => {
    const { root } = makeRoot();
    renderStats(root, { count: 0, textBytes: 0, indexBytes: 0 });
    expect(root.querySelector('[data-testid="corpus-count"]')?.textContent).toBe('0');
    expect(root.querySelector('[data-testid="corpus-empty"]')).not.toBeNull();
  });
});

describe('story list', () => {
  const all: StorySummary[] = Array.from({ length: 45 }, (_, i) => ({
    id: `s${i}`,
    agency: i % 2 ? 'AP' : 'Reuters',
    title: i === 0 ? `Title ${hostile}` : `Story ${i}`,
    url: i === 1 ? 'javascript:alert(1)' : `https://wire.example/${i}`,
    published: '2018-07-16',
    versions: 1,
    bytes: 2048,
  }));

  function corpus() {
    let stories = [...all];
    return mockSend({
      'corpus-list': ({ query, offset, limit }) => {
        const hits = stories.filter((s) => s.title.toLowerCase().includes(query.toLowerCase()));
        return { items: hits.slice(offset, offset + limit), total: hits.length };
      },
      'corpus-search-ahead': () => ({ ok: true }),
      'corpus-delete': ({ ids }) => {
        stories = stories.filter((s) => !ids.includes(s.id));
        return { deleted: ids.length };
      },
      'corpus-clear': () => {
        stories = [];
        return { ok: true };
      },
    });
  }

  async function mount() {
    const { root } = makeRoot();
    const { send, calls } = corpus();
    const onDeleted = vi.fn();
    const list = mountStoryList(root, { send, onDeleted });
    await vi.waitFor(() => expect(root.querySelector('[data-testid="story"]')).not.toBeNull());
    const q = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
    return { root, calls, list, onDeleted, q };
  }

  it('pages through the stories, hostile titles as text and only web links clickable', async () => {
    const { q, root } = await mount();
    expect(q('story')).toHaveLength(pageSize);
    expect(q('page-range')[0].textContent).toBe('1–20 of 45');
    expect(q('story')[0].textContent).toContain(hostile);
    expect(root.querySelector('img')).toBeNull();
    expect(q('story')[1].querySelector('a')).toBeNull();
    expect(q('page-previous')[0].hasAttribute('disabled')).toBe(true);
    q('page-next')[0].click();
    q('page-next')[0].click();
    await vi.waitFor(() => expect(q('page-range')[0].textContent).toBe('41–45 of 45'));
    expect(q('page-next')[0].hasAttribute('disabled')).toBe(true);
  });

  it('searches after typing stops', async () => {
    const { q, calls, root } = await mount();
    const search = q('story-search')[0] as HTMLInputElement;
    search.value = 'story 4';
    search.dispatchEvent(new (root.ownerDocument.defaultView as unknown as typeof globalThis).Event('input'));
    await vi.waitFor(() => expect(q('story')).toHaveLength(6));
    expect(calls.at(-1)?.payload).toEqual({ query: 'story 4', offset: 0, limit: pageSize });
  });

  it('starts reading what searches match when the reader comes to the search box', async () => {
    const { q, calls, root } = await mount();
    q('story-search')[0].dispatchEvent(new (root.ownerDocument.defaultView as unknown as typeof globalThis).Event('focus'));
    await vi.waitFor(() => expect(calls.at(-1)?.type).toBe('corpus-search-ahead'));
  });

  it('deletes one story and reports the change', async () => {
    const { q, calls, onDeleted } = await mount();
    q('story-delete')[2].click();
    await vi.waitFor(() => expect(onDeleted).toHaveBeenCalledOnce());
    expect(calls.find((c) => c.type === 'corpus-delete')?.payload).toEqual({ ids: ['s2'] });
  });

  it('clears everything only on the second click', async () => {
    const { q, calls, onDeleted, list } = await mount();
    q('corpus-clear')[0].click();
    await Promise.resolve();
    expect(calls.some((c) => c.type === 'corpus-clear')).toBe(false);
    expect(q('corpus-clear')[0].textContent).toContain('Click again');
    q('corpus-clear')[0].click();
    await vi.waitFor(() => expect(onDeleted).toHaveBeenCalledOnce());
    await list.refresh();
    expect(q('stories-empty')[0].textContent).toBe('No stories yet.');
  });
});

describe('corpus export', () => {
  it('writes every record, page after page, as gzipped JSONL', async () => {
    const records: StoryRecord[] = Array.from({ length: exportPageSize + 3 }, (_, i) => ({ id: `s${i}`, agency: 'AP', title: `T ${i}`, text: `Line one.\n\nLine ${i}.` }));
    const { send, calls } = mockSend({ 'corpus-export-page': ({ offset, limit }) => ({ records: records.slice(offset, offset + limit) }) });
    const progress = vi.fn();
    const blob = await exportCorpus(send, progress);
    const lines = gunzipSync(Buffer.from(await blob.arrayBuffer())).toString('utf8').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(records);
    expect(calls).toHaveLength(2);
    expect(progress).toHaveBeenLastCalledWith(exportPageSize + 3);
  });

  it('exports an empty corpus as an empty file', async () => {
    const { send } = mockSend({ 'corpus-export-page': () => ({ records: [] }) });
    const blob = await exportCorpus(send, () => {});
    expect(gunzipSync(Buffer.from(await blob.arrayBuffer())).length).toBe(0);
  });
});
