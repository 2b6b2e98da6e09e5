/** `wiretrace trace`: every page against one shared in-memory index of the corpus. */
import { MemoryCorpus, trace } from '../core';
import { resolveFormat, type Command } from './args';
import { formatTrace } from './format-text';
import { EXIT_ITEM_FAILED, EXIT_OK, type Io } from './io';
import { loadCorpus } from './load-corpus';
import { loadPage } from './load-page';
import { makeStyle, useColour } from './style';
import { ms } from './timing';

type TraceCommand = Extract<Command, { kind: 'trace' }>;

export async function runTrace(command: TraceCommand, io: Io): Promise<number> {
  const format = resolveFormat(command.format, io.stdoutIsTTY);
  const style = makeStyle(format === 'text' && useColour(io.stdoutIsTTY, io.env));
  const timing = command.timings ? io.err : () => {};

  let started = performance.now();
  const { records, files } = await loadCorpus(command.corpus, io.err);
  timing(`timing: corpus read ${ms(started)} (${records.length} records from ${files.length} files)`);
  started = performance.now();
  const corpus = new MemoryCorpus(records);
  timing(`timing: index build ${ms(started)} (${corpus.size} stories)`);

  let failed = false;
  for (const [i, name] of command.pages.entries()) {
    try {
      const page = await loadPage(name, io.readStdin);
      started = performance.now();
      const result = await trace(page, corpus);
      timing(`timing: trace ${name} ${ms(started)}`);
      io.out(format === 'json' ? `${JSON.stringify(result)}\n` : `${i > 0 ? '\n' : ''}${formatTrace(result, style)}\n`);
    } catch (error) {
      failed = true;
      const message = (error as Error).message;
      io.err(`wiretrace: ${name}: ${message}`);
      if (format === 'json') io.out(`${JSON.stringify({ page: name, error: message })}\n`);
    }
  }
  return failed ? EXIT_ITEM_FAILED : EXIT_OK;
}
