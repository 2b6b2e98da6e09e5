/** JSON Lines files, gzipped or not; a malformed line is reported with its number and the rest is used. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface LineError {
  line: number;
  reason: string;
}

export function readText(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

export function parseJsonl<T>(text: string, accept: (value: unknown) => value is T): { items: T[]; errors: LineError[] } {
  const items: T[] = [];
  const errors: LineError[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    try {
      const value: unknown = JSON.parse(line);
      if (accept(value)) items.push(value);
      else errors.push({ line: i + 1, reason: 'not the expected shape' });
    } catch (error) {
      errors.push({ line: i + 1, reason: (error as Error).message });
    }
  });
  return { items, errors };
}

export function readJsonl<T>(path: string, accept: (value: unknown) => value is T): T[] {
  const { items, errors } = parseJsonl(readText(path), accept);
  for (const e of errors.slice(0, 5)) console.warn(`${path}:${e.line}: skipped (${e.reason})`);
  if (errors.length > 5) console.warn(`${path}: ${errors.length - 5} more lines skipped`);
  return items;
}
