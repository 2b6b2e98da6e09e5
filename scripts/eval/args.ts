/** Command line of `npm run eval -- [msrp|helsinki|synthetic|extraction|all ...] [--limit N] [--verbose] [--write] [--seed N]`. */
import { EVAL_NAMES, type EvalName } from './types';

export interface EvalArgs {
  evals: EvalName[];
  limit?: number;
  verbose: boolean;
  write: boolean;
  seed: number;
}

export const USAGE =
  'usage: npm run eval -- [msrp|helsinki|synthetic|extraction|all ...] [--limit N] [--verbose] [--write] [--seed N]';

function positiveInt(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, got ${value ?? 'nothing'}\n${USAGE}`);
  return n;
}

export function parseArgs(argv: readonly string[]): EvalArgs {
  const args: EvalArgs = { evals: [], verbose: false, write: false, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--limit') args.limit = positiveInt(arg, argv[++i]);
    else if (arg === '--seed') args.seed = positiveInt(arg, argv[++i]);
    else if (arg === '--verbose') args.verbose = true;
    else if (arg === '--write') args.write = true;
    else if (arg === 'all') args.evals.push(...EVAL_NAMES);
    else if ((EVAL_NAMES as readonly string[]).includes(arg)) args.evals.push(arg as EvalName);
    else throw new Error(`unknown argument: ${arg}\n${USAGE}`);
  }
  if (args.evals.length === 0) args.evals = [...EVAL_NAMES];
  args.evals = EVAL_NAMES.filter((name) => args.evals.includes(name));
  return args;
}
