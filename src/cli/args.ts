/** The command line, parsed into one typed command. Everything a user can get wrong here is a UsageError. */
import { parseArgs } from 'node:util';

export type Format = 'json' | 'text';

export type Command =
  | { kind: 'help'; topic?: 'trace' | 'compare' }
  | { kind: 'version' }
  | { kind: 'trace'; corpus: string[]; pages: string[]; format?: Format; timings: boolean }
  | { kind: 'compare'; format?: Format; timings: boolean; pairs?: string; source?: string; page?: string };

/** Bad command line or unusable input: the message is shown with a hint, and the exit code is 2. */
export class UsageError extends Error {}

const common = {
  format: { type: 'string', short: 'f' },
  timings: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseCommandLine(argv: string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = rest[0];
    return topic === 'trace' || topic === 'compare' ? { kind: 'help', topic } : { kind: 'help' };
  }
  if (name === '--version' || name === '-V' || name === 'version') return { kind: 'version' };
  if (name === 'trace') return parseTrace(rest);
  if (name === 'compare') return parseCompare(rest);
  throw new UsageError(`unknown command '${name}' (commands: trace, compare)`);
}

function parseTrace(args: string[]): Command {
  const { values, positionals } = parse(args, { ...common, corpus: { type: 'string', short: 'c', multiple: true } });
  if (values.help) return { kind: 'help', topic: 'trace' };
  const corpus = (values.corpus as string[] | undefined) ?? [];
  if (corpus.length === 0) throw new UsageError('trace needs at least one --corpus <file|dir>');
  if (positionals.length === 0) throw new UsageError('trace needs at least one page (a .html or .txt file, or - for stdin)');
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('stdin (-) can be given only once');
  return { kind: 'trace', corpus, pages: positionals, format: formatOf(values.format), timings: values.timings === true };
}

function parseCompare(args: string[]): Command {
  const { values, positionals } = parse(args, { ...common, pairs: { type: 'string', short: 'p' } });
  if (values.help) return { kind: 'help', topic: 'compare' };
  const base = { kind: 'compare' as const, format: formatOf(values.format), timings: values.timings === true };
  if (typeof values.pairs === 'string') {
    if (positionals.length > 0) throw new UsageError('compare takes either --pairs <file.jsonl> or <source> <page>, not both');
    return { ...base, pairs: values.pairs };
  }
  if (positionals.length !== 2) throw new UsageError('compare needs exactly two texts: <source> <page> (or --pairs <file.jsonl>)');
  const [source, page] = positionals;
  if (source === '-' && page === '-') throw new UsageError('stdin (-) can be given only once');
  return { ...base, source, page };
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

function parse(args: string[], options: OptionSpec) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util's messages carry a long hint about '--'; the first sentence is the useful part.
    throw new UsageError(String((error as Error).message).split('. ')[0]);
  }
}

function formatOf(value: unknown): Format | undefined {
  if (value === undefined) return undefined;
  if (value === 'json' || value === 'text') return value;
  throw new UsageError(`--format must be json or text, not '${String(value)}'`);
}

/** JSON unless a person is reading: a terminal gets the text report. */
export function resolveFormat(explicit: Format | undefined, stdoutIsTTY: boolean): Format {
  return explicit ?? (stdoutIsTTY ? 'text' : 'json');
}
