/** `wiretrace compare`: one page against one given source text, or many such pairs from a JSONL file. */
import { readFile } from 'node:fs/promises';
import { compare, paragraphsOf, type CompareResult } from '../core';
import { resolveFormat, UsageError, type Command } from './args';
import { formatCompare } from './format-text';
import { EXIT_ITEM_FAILED, EXIT_OK, type Io } from './io';
import { loadPage } from './load-page';
import { makeStyle, useColour } from './style';
import { ms } from './timing';

type CompareCommand = Extract<Command, { kind: 'compare' }>;

export async function runCompare(command: CompareCommand, io: Io): Promise<number> {
  const format = resolveFormat(command.format, io.stdoutIsTTY);
  const style = makeStyle(format === 'text' && useColour(io.stdoutIsTTY, io.env));
  const print: Printer = {
    result: (result, id) =>
      io.out(format === 'json' ? `${JSON.stringify(id === undefined ? result : { id, ...result })}\n` : `${formatCompare(result, style)}\n`),
    // In json the failed pair keeps its place in the output, so results still line up with input lines.
    error: (line, reason) => format === 'json' && io.out(`${JSON.stringify({ line, error: reason })}\n`),
  };
  return command.pairs !== undefined
    ? comparePairs(command.pairs, command.timings, io, print)
    : compareFiles(command.source ?? '', command.page ?? '', command.timings, io, print);
}

interface Printer {
  result(result: CompareResult, id?: string | number): void;
  error(line: number, reason: string): void;
}

async function compareFiles(sourceName: string, pageName: string, timings: boolean, io: Io, print: Printer) {
  let current = sourceName;
  try {
    const source = await loadPage(sourceName, io.readStdin);
    current = pageName;
    const page = await loadPage(pageName, io.readStdin);
    const started = performance.now();
    const result = compare(source.paragraphs.join('\n\n'), page);
    if (timings) io.err(`timing: compare ${ms(started)}`);
    print.result(result);
    return EXIT_OK;
  } catch (error) {
    io.err(`wiretrace: ${current}: ${(error as Error).message}`);
    return EXIT_ITEM_FAILED;
  }
}

async function comparePairs(file: string, timings: boolean, io: Io, print: Printer) {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`pairs file not found: ${file}`);
  });
  let failed = false;
  const started = performance.now();
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const parsed = parsePair(line);
    if (typeof parsed === 'string') {
      failed = true;
      io.err(`${file}:${i + 1}: ${parsed}`);
      print.error(i + 1, parsed);
      continue;
    }
    print.result(compare(parsed.source, { page: String(parsed.id), paragraphs: paragraphsOf(parsed.page) }), parsed.id);
  }
  if (timings) io.err(`timing: compare all pairs ${ms(started)}`);
  return failed ? EXIT_ITEM_FAILED : EXIT_OK;
}

interface Pair {
  id: string | number;
  source: string;
  page: string;
}

/** The pair on one line, or why it is unusable. */
export function parsePair(line: string): Pair | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object';
  const { id, source, page } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return 'missing "id" (string or number)';
  if (typeof source !== 'string' || source.trim() === '') return 'missing "source" text';
  if (typeof page !== 'string' || page.trim() === '') return 'missing "page" text';
  return { id, source, page };
}
