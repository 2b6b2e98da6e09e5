import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { storyTerms } from '../../src/core/story-terms';
import type { StoryRecord } from '../../src/core/types';
import { termsFromText } from '../../src/ingest/terms-text';
import { parseHtml } from '../../src/extract/node-dom';
import { parseCorpusBatches } from '../../src/ingest';
import type { ResponseOf } from '../../src/messages';
import { importBatchesInFlight, importBatchSize, importFiles, importTotals, type ParseBatches } from '../../src/options/import-corpus';
import { mountImport } from '../../src/options/import-view';
import { installFakeExt, makeRoot } from './fake-ext';
import { hostile } from './fixtures';
import { mockSend } from './mock-send';

beforeEach(() => installFakeExt());

/** The real ingest code, with linkedom standing in for the page's DOMParser. */
const parse: ParseBatches = (name, bytes, agency) => parseCorpusBatches(name, bytes, { parseHtml, agency, batchSize: importBatchSize });

const story = (i: number): StoryRecord => ({ id: `s${i}`, agency: 'Reuters', title: `Story ${i}`, text: `Text of story ${i}.` });

function jsonl(count: number, replace: Map<number, string> = new Map()): string {
  return Array.from({ length: count }, (_, i) => replace.get(i + 1) ?? JSON.stringify(story(i + 1))).join('\n') + '\n';
}

/** The background's validation, as far as these tests need it: a title is required, numbered by the lines given. */
function background() {
  return mockSend({
    'import-records': ({ records, lines }) => {
      const errors = records.flatMap((r, i) => (r.title ? [] : [{ line: lines?.[i] ?? i + 1, reason: 'missing title' }]));
      return { added: records.length - errors.length, updated: 0, errors };
    },
  });
}

describe('importFiles', () => {
  it('sends at most 500 stories at a time, numbered by source line, and loses nothing around bad lines', async () => {
    const bad = new Map([
      [3, '{not json'],
      [700, JSON.stringify({ ...story(700), title: '' })],
    ]);
    const { send, calls } = background();
    const progress = vi.fn();
    const [summary] = await importFiles([new File([jsonl(1203, bad)], 'wire.jsonl')], { send, parse, onProgress: progress });

    const sent = calls.map((c) => c.payload as { records: StoryRecord[]; lines: number[] });
    expect(sent.every((p) => p.records.length <= importBatchSize)).toBe(true);
    expect(sent.flatMap((p) => p.records)).toHaveLength(1202);
    expect(sent.flatMap((p) => p.lines)).toEqual(Array.from({ length: 1203 }, (_, i) => i + 1).filter((n) => n !== 3));
    expect(summary).toMatchObject({ file: 'wire.jsonl', added: 1201, updated: 0, unchanged: 0 });
    expect(summary.errors.map((e) => e.line)).toEqual([3, 700]);
    expect(summary.errors[0].reason).toMatch(/JSON/);
    expect(progress).toHaveBeenLastCalledWith(expect.objectContaining({ stories: 1202, done: expect.any(Number), total: expect.any(Number) }));
    const last = progress.mock.lastCall![0];
    expect(last.done).toBe(last.total);
  });

  it("sends each story's index terms with it, so the worker need not tokenise it", async () => {
    const { send, calls } = background();
    await importFiles([new File([jsonl(3)], 'wire.jsonl')], { send, parse, onProgress: () => {} });
    const [sent] = calls.map((c) => c.payload as { records: StoryRecord[]; terms: string[] });
    expect(sent.terms.map(termsFromText)).toEqual(sent.records.map((record) => storyTerms(record)));
  });

  it('reads gzipped files, and gives the agency to feed stories that name none', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
      <item><title>Summit ends</title><link>https://wire.example/1</link><description>Leaders met for two hours on Monday.</description></item>
      </channel></rss>`;
    const { send, calls } = background();
    const summaries = await importFiles(
      [new File([new Uint8Array(gzipSync(jsonl(2)))], 'wire.jsonl.gz'), new File([feed], 'feed.xml')],
      { send, parse, agency: 'AP', onProgress() {} },
    );
    expect(summaries.map((s) => s.added)).toEqual([2, 1]);
    const records = calls.flatMap((c) => (c.payload as { records: StoryRecord[] }).records);
    expect(records.map((r) => r.agency)).toEqual(['Reuters', 'Reuters', 'AP']);
  });

  it('reports a file that fails as a whole, and goes on with the next', async () => {
    const { send } = background();
    const corrupt = new File([new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5])], 'broken.jsonl.gz');
    const unreadable = { name: 'gone.jsonl', arrayBuffer: () => Promise.reject(new Error('file vanished')) };
    const summaries = await importFiles([corrupt, unreadable, new File([jsonl(2)], 'ok.jsonl')], { send, parse, onProgress() {} });
    expect(summaries[0].failure).toMatch(/broken\.jsonl\.gz.*gzip/);
    expect(summaries[1].failure).toBe('file vanished');
    expect(summaries[2]).toMatchObject({ added: 2, errors: [] });
  });

  it('stops a file, keeping what was imported, when the background fails', async () => {
    let calls = 0;
    const { send } = mockSend({
      'import-records': ({ records }) => {
        if (++calls === 2) throw new Error('quota exceeded');
        return { added: records.length, updated: 0, errors: [] };
      },
    });
    const [summary] = await importFiles([new File([jsonl(1200)], 'big.jsonl')], { send, parse, onProgress() {} });
    expect(summary).toMatchObject({ added: importBatchSize, failure: 'quota exceeded' });
  });
});

/** A background whose answers the test releases, to see what the page sends before it has them. */
function heldBackground(answer: (records: StoryRecord[], call: number) => ResponseOf<'import-records'> | Error) {
  const pending: Array<() => void> = [];
  const { send, calls } = mockSend({
    'import-records': ({ records }) => {
      const call = calls.length - 1;
      return new Promise((resolve, reject) => {
        pending.push(() => {
          const reply = answer(records, call);
          if (reply instanceof Error) reject(reply);
          else resolve(reply);
        });
      });
    },
  });
  /** Answers every batch sent, newest first, until `importing` settles (the page computes terms between sends). */
  const answerAll = async <T>(importing: Promise<T>): Promise<T> => {
    let settled = false;
    void importing.finally(() => (settled = true)).catch(() => undefined);
    while (!settled) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      for (const release of pending.splice(0).reverse()) release();
    }
    return importing;
  };
  return { send, calls, pending, answerAll };
}

describe('importFiles, with batches sent before the previous one is answered', () => {
  it('keeps at most two batches in flight and counts answers and progress in the order sent', async () => {
    const held = heldBackground((records, call) => {
      const errors = call === 1 ? [{ line: 600, reason: 'missing title' }] : [];
      return { added: records.length - errors.length, updated: 0, errors };
    });
    const progress = vi.fn();
    const files = [new File([jsonl(1700)], 'a.jsonl'), new File([jsonl(10)], 'b.jsonl')];
    const importing = importFiles(files, { send: held.send, parse, onProgress: progress });
    // Answered one at a time, each only once the page has sent as many as it will before it.
    let mostInFlight = 0;
    for (let answered = 0; answered < 5; answered++) {
      await vi.waitFor(() => expect(held.pending.length).toBe(answered < 3 ? importBatchesInFlight : 1), { timeout: 5000 });
      mostInFlight = Math.max(mostInFlight, held.pending.length);
      held.pending.shift()!();
    }
    const [a, b] = await importing;
    expect(mostInFlight).toBe(importBatchesInFlight);
    expect(a).toMatchObject({ added: 1699, unchanged: 0, errors: [{ line: 600, reason: 'missing title' }] });
    expect(b).toMatchObject({ added: 10 });
    const sent = progress.mock.calls.map(([p]) => p).filter((p) => p.file === 'a.jsonl' && p.stories > 0);
    expect(sent.map((p) => p.stories)).toEqual([500, 1000, 1500, 1700]);
    expect(sent.map((p) => p.done)).toEqual([...sent.map((p) => p.done)].sort((x, y) => x - y));
    const ids = held.calls.map((c) => (c.payload as { importId?: string }).importId);
    expect(new Set(ids.slice(0, 4)).size).toBe(1);
    expect(ids[4]).not.toBe(ids[0]);
  });

  it('counts nothing answered after a batch that found the storage full, and says how much was read', async () => {
    const held = heldBackground((records, call) =>
      call === 0 ? { added: records.length, updated: 0, errors: [] } : { added: 0, updated: 0, errors: [], storageFull: true },
    );
    const files = [new File([jsonl(1700)], 'a.jsonl'), new File([jsonl(10)], 'b.jsonl')];
    const importing = importFiles(files, { send: held.send, parse, onProgress() {} });
    const summaries = await held.answerAll(importing);
    expect(summaries).toMatchObject([{ added: 500, storageFull: true, read: 1700 }, { added: 0, storageFull: true }]);
    expect(importTotals(summaries)).toEqual({ imported: 500, read: 1710 });
    expect(held.calls.length).toBeLessThanOrEqual(1 + importBatchesInFlight);
  });

  it('stops a file at the first batch that fails, ignoring the answers to batches sent after it', async () => {
    // The background refuses the batches sent after the one that failed (same importId).
    const held = heldBackground((records, call) =>
      call === 0 ? { added: records.length, updated: 0, errors: [] } : new Error(call === 1 ? 'disk error' : 'refused'),
    );
    const importing = importFiles([new File([jsonl(2600)], 'a.jsonl')], { send: held.send, parse, onProgress() {} });
    const [summary] = await held.answerAll(importing);
    expect(summary).toMatchObject({ added: 500, failure: 'disk error' });
    expect(held.calls.length).toBeLessThanOrEqual(2 + importBatchesInFlight);
  });
});

describe('import panel', () => {
  it('imports the chosen file, lists bad lines with their numbers as text, and asks for a refresh', async () => {
    const { root } = makeRoot();
    const { send } = background();
    const onImported = vi.fn();
    mountImport(root, { send, parse, onImported });
    const input = root.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
    expect(input.getAttribute('type')).toBe('file');

    const file = new File([jsonl(5, new Map([[2, hostile], [4, JSON.stringify({ ...story(4), title: '' })]]))], 'wire.jsonl');
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new (root.ownerDocument.defaultView as unknown as typeof globalThis).Event('change'));
    await vi.waitFor(() => expect(onImported).toHaveBeenCalledOnce());

    const counts = root.querySelector('[data-testid="import-counts"]')!;
    expect(counts.getAttribute('data-added')).toBe('3');
    expect(counts.textContent).toBe('3 added, 0 updated, 0 already stored, 2 skipped.');
    const errors = [...root.querySelectorAll('[data-testid="import-error"]')];
    expect(errors.map((e) => e.getAttribute('data-line'))).toEqual(['2', '4']);
    expect(errors[0].textContent).toMatch(/^Line 2: not valid JSON/);
    expect(errors[1].textContent).toBe('Line 4: missing title');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-testid="import-status"]')?.textContent).toBe('Import finished.');
    expect(input.disabled).toBe(false);
  });
});
