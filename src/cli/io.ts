/** What a command may touch of the outside world, so commands run the same under tests as in a terminal. */
export interface Io {
  /** Writes text to stdout as is (callers add newlines). */
  out(text: string): void;
  /** Writes one diagnostic line to stderr. */
  err(line: string): void;
  readStdin(): Promise<string>;
  stdoutIsTTY: boolean;
  env: Record<string, string | undefined>;
}

export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (line) => void process.stderr.write(`${line}\n`),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    stdoutIsTTY: process.stdout.isTTY === true,
    env: process.env,
  };
}

/** Exit codes, documented in --help. */
export const EXIT_OK = 0;
export const EXIT_ITEM_FAILED = 1;
export const EXIT_USAGE = 2;
