/** The `wiretrace` executable (bundled to dist/cli/wiretrace.mjs). */
import { processIo } from './io';
import { run } from './run';

process.exitCode = await run(process.argv.slice(2), processIo());
