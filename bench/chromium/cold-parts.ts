/**
 * Where a cold trace's time goes, measured apart: waking the stopped worker (a message that reads no corpus), and
 * reading the stored index's bytes from IndexedDB (from the options page, same origin and database). The rest of
 * a cold trace is loading the index from those bytes and a first trace on code the JIT has not seen yet.
 */
import { stopWorker } from '../../test/e2e/harness';
import { latencyOf, type Latency } from '../stats';
import type { Extension } from './extension';

export interface ColdParts {
  /** Stop the worker, then `settings-get` (wakes it; reads no corpus). */
  wake: Latency;
  /** Read the stored index blob from IndexedDB. */
  readIndex: Latency;
  indexMb: number;
}

function readIndexBlob(ext: Extension): Promise<{ ms: number; bytes: number }> {
  return ext.options.evaluate(
    () =>
      new Promise<{ ms: number; bytes: number }>((resolve, reject) => {
        const start = performance.now();
        const open = indexedDB.open('wiretrace');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('indexBlob').objectStore('indexBlob').get('current');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            const bytes = (get.result as { bytes?: Uint8Array } | undefined)?.bytes?.byteLength ?? 0;
            db.close();
            resolve({ ms: performance.now() - start, bytes });
          };
        };
      }),
  );
}

export async function coldParts(ext: Extension, samples: number): Promise<ColdParts> {
  const wake: number[] = [];
  const read: number[] = [];
  let bytes = 0;
  for (let i = 0; i < samples; i++) {
    await stopWorker(ext.options);
    wake.push(
      await ext.options.evaluate(async () => {
        const start = performance.now();
        await chrome.runtime.sendMessage({ type: 'settings-get', payload: {} });
        return performance.now() - start;
      }),
    );
    const blob = await readIndexBlob(ext);
    read.push(blob.ms);
    bytes = blob.bytes;
  }
  return { wake: latencyOf(wake), readIndex: latencyOf(read), indexMb: Math.round((bytes / 2 ** 20) * 10) / 10 };
}
