import { readFileSync } from 'node:fs';
import { parseHtml } from '../../src/extract/node-dom';
import type { IngestOptions } from '../../src/ingest';

export const options: IngestOptions = { parseHtml };

export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));
}

export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
