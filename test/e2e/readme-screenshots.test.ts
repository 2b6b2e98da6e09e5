/**
 * The README's screenshots, taken from the real extension: the popup on the demo's paraphrased AFP article and the
 * options page after importing the demo corpus. They go to test-artifacts/ on every run; with
 * WIRETRACE_SCREENSHOTS=docs they replace docs/screenshots/popup.png, popup-changes.png and options.png (commit those by hand), so an
 * ordinary test run never changes tracked files.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, buildExtension, importCorpus, launch, openPopup, root, serve, skipE2e, type Session, type TestServer } from './harness';

const demo = join(root, 'test/fixtures/demo');
const demoStories = readFileSync(join(demo, 'corpus.jsonl'), 'utf8').trim().split('\n').length;
const toDocs = process.env.WIRETRACE_SCREENSHOTS === 'docs';

function shotPath(name: string): string {
  if (!toDocs) return artifactPath(`readme-${name}`);
  const dir = join(root, 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

describe.skipIf(skipE2e)('README screenshots', () => {
  let session: Session;
  let server: TestServer;

  beforeAll(async () => {
    server = await serve({ '/world/tana-river-floods': readFileSync(join(demo, 'pages/paraphrased.html'), 'utf8') });
    session = await launch(buildExtension());
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('options page after importing the demo corpus', async () => {
    const options = await importCorpus(session, [join(demo, 'corpus.jsonl')], demoStories);
    await options.setViewportSize({ width: 960, height: 900 });
    await options.getByTestId('import-summary').waitFor();
    const path = shotPath('options.png');
    await options.screenshot({ path });
    expect(statSync(path).size).toBeGreaterThan(10_000);
  });

  it('popup on a derived article', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/world/tana-river-floods`);
    const popup = await openPopup(session, page);
    try {
      await popup.waitForTestId(['verdict']);
      expect(await popup.evaluate(`document.querySelector('[data-testid="verdict"]').dataset.verdict`)).toBe('derived');
      const path = shotPath('popup.png');
      await popup.screenshot(path);
      expect(statSync(path).size).toBeGreaterThan(10_000);
      // Further down: the changed quotes, the words that differ marked.
      expect(await popup.evaluate(`document.querySelectorAll('.section--changes del, .section--changes ins').length`)).toBeGreaterThan(0);
      const changes = shotPath('popup-changes.png');
      await popup.screenshot(changes, '.section--changes');
      expect(statSync(changes).size).toBeGreaterThan(10_000);
    } finally {
      await popup.close();
    }
  });
});
