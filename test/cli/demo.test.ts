/** `npm start -- --headless`: the demo runs the built extension in Chromium and prints what the real popup shows. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './run-cli';

const chromium = '/usr/bin/chromium';
// Like the e2e tier: skipped on a developer machine without Chromium, never in CI.
const skip = !existsSync(chromium) && process.env.CI !== 'true';

describe.skipIf(skip)('demo', () => {
  let output = '';
  let status: number | null = null;

  beforeAll(() => {
    if (!existsSync(`${ROOT}dist/tools/demo.mjs`) || !existsSync(`${ROOT}dist/chrome/manifest.json`)) {
      spawnSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'inherit' });
    }
    const run = spawnSync(process.execPath, ['dist/tools/demo.mjs', '--headless'], { cwd: ROOT, encoding: 'utf8', timeout: 150_000 });
    output = `${run.stdout}${run.stderr}`;
    status = run.status;
  }, 180_000);

  it('imports the demo corpus and exits 0', () => {
    expect(output).toContain('Imported 12 fictional demo stories');
    expect(status, output).toBe(0);
  });

  it('shows the paraphrased copy as derived from AFP, with its cut sentences and changed quotes', () => {
    const report = output.slice(output.indexOf('/paraphrased.html'), output.indexOf('/verbatim.html'));
    expect(report).toContain('Verdict:    derived');
    expect(report).toContain('Source:     AFP — Kenya evacuates thousands as Tana River bursts its banks');
    expect(report).toContain('Cut sentences (6):');
    expect(report).toContain('Changed quotes (5):');
  });

  it('shows the verbatim copy as derived from AP and the original as none', () => {
    const verbatim = output.slice(output.indexOf('/verbatim.html'), output.indexOf('/original.html'));
    expect(verbatim).toContain('Source:     AP — Ferry with 212 aboard runs aground off western Norway; no serious injuries');
    expect(verbatim).toContain('Cut sentences (3):');
    expect(output.slice(output.indexOf('/original.html'))).toContain('Verdict:    none');
  });
});
