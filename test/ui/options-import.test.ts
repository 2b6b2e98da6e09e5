import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoryRecord } from '../../src/core/types';
import { importBatchSize, importFiles, type ParseCorpus } from '../../src/options/import-corpus';
import { mountImport } from '../../src/options/import-view';
import { hostile, installFakeExt, makeRoot } from './fake-ext';
import { mockSend } from './mock-send';

beforeEach(() => installFakeExt());

/** A JSONL reader standing in for the ingest code: records with their line numbers, bad lines as errors. */
const parseJsonl: ParseCorpus = (_name, bytes) => {
  const records: StoryRecord[] = [];
  const lines: number[] = [];
  const errors: Array<{ line: number; reason: string }> = [];
  new TextDecoder().decode(bytes).split('\n').forEach((text, i) => {
    if (!text.trim()) return;
    try {
      records.push(JSON.parse(text));
      lines.push(i + 1);
    } catch {
      errors.push({ line: i + 1, reason: `not JSON: ${text}` });
    }
  });
  return { records, lines, errors };
};

const story = (i: number): StoryRecord => ({ id: `s${i}`, agency: 'Reuters', title: `Story ${i}`, text: `Text ${i}.` });

function jsonl(count: number, bad: Map<number, string> = new Map()): string {
  return Array.from({ length: count }, (_, i) => bad.get(i + 1) ?? JSON.stringify(story(i + 1))).join('\n');
}

/** The background rejects records without a title, numbering them by the lines it was given. */
function background() {
  return mockSend({
    'import-records': ({ records, lines }) => {
      const errors = records.flatMap((r, i) => (r.title ? [] : [{ line: lines?.[i] ?? i + 1, reason: 'missing title' }]));
      return { added: records.length - errors.length, updated: 0, errors };
    },
  });
}

describe('importFiles', () => {
  it('sends batches of 500 with source line numbers and loses nothing around bad lines', async () => {
    const bad = new Map([
      [3, '{not json'],
      [700, JSON.stringify({ id: 'x', agency: 'AP', title: '', text: 't' })],
    ]);
    const { send, calls } = background();
    const progress = vi.fn();
    const [summary] = await importFiles([new File([jsonl(1203, bad)], 'wire.jsonl')], { send, parse: parseJsonl, onProgress: progress });

    const batches = calls.map((c) => (c.payload as { records: StoryRecord[] }).records.length);
    expect(batches).toEqual([importBatchSize, importBatchSize, 202]);
    expect(summary).toMatchObject({ file: 'wire.jsonl', added: 1201, updated: 0, unchanged: 0 });
    expect(summary.errors).toEqual([
      { line: 3, reason: 'not JSON: {not json' },
      { line: 700, reason: 'missing title' },
    ]);
    expect(progress).toHaveBeenLastCalledWith(expect.objectContaining({ phase: 'sending', sent: 1202, total: 1202 }));
  });

  it('reports a file that fails as a whole and goes on with the next', async () => {
    const { send } = background();
    const broken = { name: 'broken.jsonl', arrayBuffer: () => Promise.reject(new Error('unreadable')) };
    const summaries = await importFiles([broken, new File([jsonl(2)], 'ok.jsonl')], { send, parse: parseJsonl, onProgress() {} });
    expect(summaries[0].failure).toBe('unreadable');
    expect(summaries[1]).toMatchObject({ added: 2, errors: [] });
  });
});

describe('import panel', () => {
  it('imports the chosen file, lists bad lines with their numbers as text, and asks for a refresh', async () => {
    const { root } = makeRoot();
    const { send } = background();
    const onImported = vi.fn();
    mountImport(root, { send, parse: parseJsonl, onImported });
    const input = root.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
    expect(input.getAttribute('type')).toBe('file');

    Object.defineProperty(input, 'files', { value: [new File([jsonl(5, new Map([[2, hostile]]))], 'wire.jsonl')] });
    input.dispatchEvent(new (root.ownerDocument.defaultView as unknown as typeof globalThis).Event('change'));
    await vi.waitFor(() => expect(onImported).toHaveBeenCalledOnce());

    const counts = root.querySelector('[data-testid="import-counts"]')!;
    expect(counts.getAttribute('data-added')).toBe('4');
    expect(counts.textContent).toBe('4 added, 0 updated, 0 already stored, 1 skipped.');
    const errors = [...root.querySelectorAll('[data-testid="import-error"]')];
    expect(errors.map((e) => e.textContent)).toEqual([`Line 2: not JSON: ${hostile}`]);
    expect(errors[0].getAttribute('data-line')).toBe('2');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-testid="import-status"]')?.textContent).toBe('Import finished.');
    expect(input.disabled).toBe(false);
  });
});
