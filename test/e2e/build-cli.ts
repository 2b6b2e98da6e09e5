/**
 * The `wiretrace` CLI built from the current sources, as build.mjs builds dist/cli/wiretrace.mjs, but private to the
 * test file: a dist/ left from an earlier build would compare an old engine with the freshly built extension.
 * The bundle sits under node_modules/.cache so that its external packages resolve as dist's do.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { root } from './harness';

export async function buildCli(): Promise<string> {
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const outfile = join(mkdtempSync(join(cache, 'wiretrace-cli-')), 'wiretrace.mjs');
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}
