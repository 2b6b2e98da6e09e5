/**
 * `npm run eval -- [msrp|helsinki|synthetic|extraction|all ...] [--limit N] [--verbose] [--write] [--seed N]`:
 * quality of the tracing engine on real data (WIRETRACE_DATA, default ../shared/data). Prints tables, writes
 * eval-out/results.json, failures to eval-out/<eval>-failures.jsonl with --verbose, and EVALUATION.md with --write.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from './eval/args';
import { updateSection } from './eval/evaluation-md';
import { runExtraction } from './eval/extraction';
import { runHelsinki } from './eval/helsinki';
import { describeMachine, machine } from './eval/machine';
import { runMsrp } from './eval/msrp';
import { dataDir, EVALUATION_MD, OUT_DIR } from './eval/paths';
import { runSynthetic } from './eval/synthetic';
import type { EvalContext, EvalName, EvalOutput } from './eval/types';

const RUNNERS: Record<EvalName, (ctx: EvalContext) => Promise<EvalOutput>> = {
  msrp: runMsrp,
  helsinki: runHelsinki,
  synthetic: runSynthetic,
  extraction: runExtraction,
};

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const ctx: EvalContext = { dataDir: dataDir(), outDir: OUT_DIR, limit: args.limit, verbose: args.verbose, seed: args.seed };
  if (!existsSync(ctx.dataDir)) throw new Error(`no data at ${ctx.dataDir}: set WIRETRACE_DATA to the data directory`);
  mkdirSync(ctx.outDir, { recursive: true });
  const host = machine();
  const date = new Date().toISOString().slice(0, 10);
  const stamp = `Run ${date} on ${describeMachine(host)}${args.limit !== undefined ? `, --limit ${args.limit}` : ''}.`;

  const outputs: EvalOutput[] = [];
  for (const name of args.evals) {
    const start = performance.now();
    const output = await RUNNERS[name](ctx);
    const seconds = (performance.now() - start) / 1000;
    outputs.push(output);
    console.log(`\n${output.markdown}\n\n(${name}: ${seconds.toFixed(1)} s)`);
    if (args.verbose) {
      const path = join(ctx.outDir, `${name}-failures.jsonl`);
      writeFileSync(path, output.failures.map((f) => JSON.stringify(f)).join('\n') + '\n');
      console.log(`${output.failures.length} failures written to ${path}`);
    }
  }

  const results = { date, machine: host, args, evals: Object.fromEntries(outputs.map((o) => [o.name, o.metrics])) };
  writeFileSync(join(ctx.outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nResults written to ${join(ctx.outDir, 'results.json')}`);

  if (args.write) {
    const blocks = new Map(outputs.map((o) => [o.name, `${o.markdown}\n\n${stamp}`]));
    writeFileSync(EVALUATION_MD, updateSection(readFileSync(EVALUATION_MD, 'utf8'), blocks));
    console.log(`Updated ${EVALUATION_MD} (${outputs.map((o) => o.name).join(', ')})`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
