/**
 * Corpus JSONL, one story per line, read as a stream: a file of tens of thousands of stories is parsed batch by
 * batch with progress, and a bad line is reported with its number while every other line is kept.
 */
import type { TextChunk } from './text-chunks';
import type { ParsedStories } from './types';
import { validateRecord } from './validate-record';

export interface JsonlBatch extends ParsedStories {
  /** Input bytes consumed so far. */
  done: number;
}

// A wire story is a few kilobytes; a line this long is a broken file (or a hostile one), not a story.
const MAX_LINE_CHARS = 8_000_000;
const TOO_LONG = `line longer than ${MAX_LINE_CHARS} characters, skipped`;

function emptyBatch(): ParsedStories {
  return { records: [], errors: [], lines: [] };
}

export async function* parseJsonlChunks(chunks: AsyncIterable<TextChunk>, batchSize: number): AsyncGenerator<JsonlBatch> {
  let batch = emptyBatch();
  let lineNumber = 0;
  let carry = '';
  let skippingLongLine = false;
  let done = 0;

  const readLine = (line: string): void => {
    lineNumber += 1;
    const source = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (!source.trim()) return;
    if (source.length > MAX_LINE_CHARS) {
      batch.errors.push({ line: lineNumber, reason: TOO_LONG });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      batch.errors.push({ line: lineNumber, reason: `not valid JSON (${(error as Error).message})` });
      return;
    }
    const result = validateRecord(value);
    if ('problem' in result) {
      batch.errors.push({ line: lineNumber, reason: result.problem });
    } else {
      batch.records.push(result.record);
      batch.lines.push(lineNumber);
    }
  };

  try {
    for await (const chunk of chunks) {
      done = chunk.done;
      let text = chunk.text;
      if (skippingLongLine) {
        const newline = text.indexOf('\n');
        if (newline === -1) continue;
        skippingLongLine = false;
        text = text.slice(newline + 1);
      }
      carry += text;
      let start = 0;
      for (let newline = carry.indexOf('\n'); newline !== -1; newline = carry.indexOf('\n', start)) {
        readLine(carry.slice(start, newline));
        start = newline + 1;
        if (batch.records.length + batch.errors.length >= batchSize) {
          yield { ...batch, done };
          batch = emptyBatch();
        }
      }
      carry = carry.slice(start);
      if (carry.length > MAX_LINE_CHARS) {
        lineNumber += 1;
        batch.errors.push({ line: lineNumber, reason: TOO_LONG });
        carry = '';
        skippingLongLine = true;
      }
    }
    if (carry && !skippingLongLine) readLine(carry);
  } catch (error) {
    // A gzip stream cut short: keep every story read so far and say where reading stopped.
    batch.errors.push({ line: lineNumber + 1, reason: `reading stopped here: ${(error as Error).message}` });
  }
  yield { ...batch, done };
}
