/** The whole corpus as gzipped JSONL, read page by page so a large corpus never sits in memory as one array. */
import { toJsonl } from '../ingest/to-jsonl';
import type { Send } from '../ui/send';

export const exportPageSize = 500;

export function exportCorpus(send: Send, onProgress: (exported: number) => void): Promise<Blob> {
  const encoder = new TextEncoder();
  let offset = 0;
  const jsonl = new ReadableStream<Uint8Array<ArrayBuffer>>({
    async pull(controller) {
      const { records } = await send('corpus-export-page', { offset, limit: exportPageSize });
      if (records.length > 0) {
        offset += records.length;
        controller.enqueue(encoder.encode(toJsonl(records)));
        onProgress(offset);
      }
      if (records.length < exportPageSize) controller.close();
    },
  });
  return new Response(jsonl.pipeThrough(new CompressionStream('gzip'))).blob();
}

export function exportFileName(now: Date): string {
  return `wiretrace-corpus-${now.toISOString().slice(0, 10)}.jsonl.gz`;
}
