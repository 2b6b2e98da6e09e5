/**
 * The Firefox build passes Mozilla's linter with no errors, both unpacked (web-ext lint) and as the store zip
 * (addons-linter on the package, which also checks the zip writer's output). No browser needed.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExtension, root } from './harness';

const run = promisify(execFile);

interface LintReport {
  summary: { errors: number; warnings: number };
  errors: Array<{ code: string; message: string; file?: string }>;
}

async function lint(command: string, args: string[]): Promise<LintReport> {
  // The linters exit non-zero when they find errors; the JSON report is on stdout either way.
  const { stdout } = await run(join(root, 'node_modules/.bin', command), args, { cwd: root, maxBuffer: 16 * 1024 * 1024 }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  return JSON.parse(stdout) as LintReport;
}

function describeErrors(report: LintReport): string {
  return report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`).join('\n');
}

describe('Firefox package lint', () => {
  const built = join(buildExtension(), '..');
  afterAll(() => rmSync(built, { recursive: true, force: true }));

  it('web-ext lint reports no errors for dist/firefox', async () => {
    const report = await lint('web-ext', ['lint', '--source-dir', join(built, 'firefox'), '--output', 'json', '--no-input']);
    expect(describeErrors(report)).toBe('');
    expect(report.summary.errors).toBe(0);
  });

  it('addons-linter reports no errors for the Firefox zip', async () => {
    const report = await lint('addons-linter', ['--output', 'json', join(built, 'wiretrace-firefox.zip')]);
    expect(describeErrors(report)).toBe('');
    expect(report.summary.errors).toBe(0);
  });
});
