// Builds everything with esbuild: the Node tools (CLI, eval, bench, demo) and the extension for Chrome and Firefox.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const nodeTools = [
  ['src/cli/main.ts', 'dist/cli/wiretrace.mjs'],
  ['scripts/eval.ts', 'dist/tools/eval.mjs'],
  ['bench/run.ts', 'dist/tools/bench.mjs'],
  ['scripts/demo.ts', 'dist/tools/demo.mjs'],
].filter(([entry]) => existsSync(entry));

await Promise.all(
  nodeTools.map(([entry, outfile]) =>
    build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      sourcemap: true,
      packages: 'external',
      banner: { js: '#!/usr/bin/env node' },
      logLevel: 'warning',
    }),
  ),
);
