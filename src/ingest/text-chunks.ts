/**
 * A file's bytes as UTF-8 text, chunk by chunk, gunzipped on the fly when they start with the gzip magic
 * number. Each chunk says how many input bytes have been consumed, for progress on large imports.
 */
import { isGzip } from './gzip';
import { IngestError } from './types';

export interface TextChunk {
  text: string;
  /** Input bytes consumed so far (compressed bytes for gzip input). */
  done: number;
}

const CHUNK_BYTES = 1 << 20;

export async function* textChunks(bytes: Uint8Array, chunkBytes = CHUNK_BYTES): AsyncGenerator<TextChunk> {
  let consumed = 0;
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(controller) {
      if (consumed >= bytes.length) {
        controller.close();
        return;
      }
      const end = Math.min(consumed + chunkBytes, bytes.length);
      controller.enqueue(bytes.subarray(consumed, end) as Uint8Array<ArrayBuffer>);
      consumed = end;
    },
  });
  const gzipped = isGzip(bytes);
  const reader = (gzipped ? source.pipeThrough(new DecompressionStream('gzip')) : source).getReader();
  const decoder = new TextDecoder('utf-8');
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array<ArrayBuffer>>;
    try {
      result = await reader.read();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new IngestError(`the gzip data is corrupt or cut short (${detail})`);
    }
    if (result.done) break;
    const text = decoder.decode(result.value, { stream: true });
    if (text) yield { text, done: consumed };
  }
  const rest = decoder.decode();
  yield { text: rest, done: bytes.length };
}
