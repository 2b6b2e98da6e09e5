/**
 * Backup and restore: the options page's export (JSONL.gz) read back by its import restores the corpus exactly —
 * every version with its storyId, topics, dateline, URL and publication time — through the real background.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/node-dom';
import { parseCorpusBatches, parseCorpusBytes } from '../../src/ingest';
import type { MessageType, RequestOf, ResponseOf } from '../../src/messages';
import { exportCorpus } from '../../src/options/export-corpus';
import { importBatchSize, importFiles } from '../../src/options/import-corpus';
import type { Send } from '../../src/ui/send';
import { backgroundOnFakes, fixtureCorpus } from './helpers';

function optionsPageOf(background: ReturnType<typeof backgroundOnFakes>): Send {
  return (async <T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> => {
    const reply = await background.route({ type, payload }, background.browser.pageSender('options.html'));
    if (!reply || !reply.ok) throw new Error(reply ? reply.error : 'no reply');
    return reply.value as ResponseOf<T>;
  }) as Send;
}

async function everything(send: Send) {
  const [records, listing, stats] = await Promise.all([
    send('corpus-export-page', { offset: 0, limit: 5000 }),
    send('corpus-list', { query: '', offset: 0, limit: 500 }),
    send('corpus-stats', {}),
  ]);
  return { records: records.records, listing, count: stats.count, textBytes: stats.textBytes };
}

describe('backup and restore', () => {
  it('export, wipe, import restores the corpus exactly, versions included', async () => {
    const background = backgroundOnFakes();
    const send = optionsPageOf(background);
    await send('import-records', { records: fixtureCorpus() });
    for (let n = 1; n <= 5; n++) {
      const name = `delivery-${n}.xml`;
      const bytes = readFileSync(new URL(`../fixtures/versions/deliveries/${name}`, import.meta.url));
      await send('import-records', { records: (await parseCorpusBytes(name, bytes, { parseHtml })).records });
    }
    const before = await everything(send);
    expect(before.records.filter((record) => record.storyId === 'fict-afp-merin-floods')).toHaveLength(5);
    expect(before.records.some((record) => record.topics && record.dateline && record.url && record.published && record.version)).toBe(true);

    const backup = new Uint8Array(await (await exportCorpus(send, () => undefined)).arrayBuffer());
    await send('corpus-clear', {});
    expect((await send('corpus-stats', {})).count).toBe(0);

    const [summary] = await importFiles([new File([backup], 'wiretrace-corpus.jsonl.gz')], {
      send,
      parse: (name, bytes, agency) => parseCorpusBatches(name, bytes, { parseHtml, agency, batchSize: importBatchSize }),
      onProgress: () => undefined,
    });
    expect(summary).toMatchObject({ errors: [], added: before.count });
    expect(await everything(send)).toEqual(before);

    // Restoring the same backup again changes nothing.
    const [again] = await importFiles([new File([backup], 'wiretrace-corpus.jsonl.gz')], {
      send,
      parse: (name, bytes, agency) => parseCorpusBatches(name, bytes, { parseHtml, agency, batchSize: importBatchSize }),
      onProgress: () => undefined,
    });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: before.records.length });
  });
});
