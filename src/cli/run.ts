/** Runs one command line: dispatches to a command and turns its outcome into an exit code. */
import { parseCommandLine, UsageError } from './args';
import { runCompare } from './compare-command';
import { helpText, VERSION } from './help';
import { EXIT_OK, EXIT_USAGE, type Io } from './io';
import { runTrace } from './trace-command';

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    switch (command.kind) {
      case 'help':
        io.out(`${helpText(command.topic)}\n`);
        return EXIT_OK;
      case 'version':
        io.out(`${VERSION}\n`);
        return EXIT_OK;
      case 'trace':
        return await runTrace(command, io);
      case 'compare':
        return await runCompare(command, io);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`wiretrace: ${error.message}`);
    io.err(`Run 'wiretrace --help' for usage.`);
    return EXIT_USAGE;
  }
}
