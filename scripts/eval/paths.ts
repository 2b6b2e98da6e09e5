/** Where the project, the data and the outputs are, wherever the bundled tool is run from. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The bundle lives in dist/tools/; the sources in scripts/eval/. Both are two levels below the project root.
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(PROJECT_ROOT, env.WIRETRACE_DATA ?? '../shared/data');
}

export const OUT_DIR = resolve(PROJECT_ROOT, 'eval-out');
export const EVALUATION_MD = resolve(PROJECT_ROOT, 'EVALUATION.md');
