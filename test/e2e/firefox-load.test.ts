/**
 * The Firefox build loads in a real Firefox (Debian's firefox-esr, headless) as a temporary add-on, through
 * `web-ext run` as a developer would. Without Firefox the test is skipped, except under CI=true, where .ci/run
 * installs it and its absence is a failure.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExtension, root } from './harness';

const FIREFOX = '/usr/bin/firefox-esr';
const required = process.env.CI === 'true';

/** Runs web-ext until it says the add-on is installed (or fails), then stops it and Firefox with it. */
function loadInFirefox(sourceDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      join(root, 'node_modules/.bin/web-ext'),
      ['run', '--source-dir', sourceDir, '--firefox', FIREFOX, '--arg=-headless', '--no-input', '--no-reload'],
      { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const stop = () => {
      clearTimeout(timer);
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`Firefox did not report the add-on installed within 90 s:\n${output}`));
    }, 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Installed .* as a temporary add-on/.test(output)) {
        stop();
        resolve(output);
      } else if (/\bError\b.*(manifest|install)/i.test(output)) {
        stop();
        reject(new Error(output));
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('error', (error) => {
      stop();
      reject(error);
    });
  });
}

describe.skipIf(!existsSync(FIREFOX) && !required)('Firefox', () => {
  const built = join(buildExtension(), '..');
  afterAll(() => rmSync(built, { recursive: true, force: true }));

  it('installs dist/firefox as a temporary add-on', async () => {
    if (!existsSync(FIREFOX)) throw new Error(`Firefox is needed at ${FIREFOX}: apt-get install -y firefox-esr`);
    const output = await loadInFirefox(join(built, 'firefox'));
    expect(output).toMatch(/Installed .* as a temporary add-on/);
  }, 120_000);
});
