/**
 * The popup and `wiretrace trace` must tell a reader the same thing about the same page and corpus: the built
 * CLI's JSON is the reference, and the real popup (real Readability in Chromium, real IndexedDB) must show every
 * part of it a reader sees — verdict, source, confidence, reuse and coverage, cut sentences in wire order, changed
 * quotes/numbers/names side by side, added sentences, further sources and runners-up.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TraceResult } from '../../src/core/types';
import { buildCli } from './build-cli';
import { buildExtension, fixtures, importCorpus, launch, openPopup, root, serve, skipE2e, type Session, type TestServer } from './harness';
import type { PopupTarget } from './popup-target';
import { readPopupResult, type PopupResult } from './popup-result';

const casesDir = join(root, 'test/fixtures/cases');
const casesCorpus = [join(casesDir, 'corpus/wire.jsonl'), join(casesDir, 'corpus/distractors.jsonl')];
const e2eCorpus = [join(fixtures, 'corpus.jsonl')];

interface ParityCase {
  name: string;
  file: string;
  corpus: string[];
}

/** Pages neither side should call an article: a brief of short paragraphs, and 5 MB of navigation text. */
const generated = mkdtempSync(join(tmpdir(), 'wiretrace-parity-'));
const shortBrief = join(generated, 'short-brief.html');
writeFileSync(
  shortBrief,
  `<!doctype html><html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>${[
    "Dock workers at Valdoria's largest container port voted on Friday to end an 11-day strike, union officials said.",
    'Port operator Essel Terminals agreed to raise wages by 9.5 percent over two years.',
    'The walkout had left more than 140 ships waiting off the coast.',
    'Cranes would restart on the night shift, Essel Terminals said.',
  ]
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`,
);
const hugeNav = join(generated, 'huge-nav.html');
const cell = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor '.repeat(13);
writeFileSync(hugeNav, `<!doctype html><html><head><title>Index</title></head><body><nav>${Array.from({ length: 5_000 }, (_, i) => `<div>${i} ${cell}</div>`).join('')}</nav></body></html>`);

const cases: ParityCase[] = [
  { name: 'e2e derived article', file: join(fixtures, 'derived-article.html'), corpus: e2eCorpus },
  ...readdirSync(casesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'corpus')
    .map((entry) => ({ name: entry.name, file: join(casesDir, entry.name, 'page.html'), corpus: casesCorpus })),
  { name: 'brief of short paragraphs', file: shortBrief, corpus: e2eCorpus },
  { name: '5 MB page of navigation', file: hugeNav, corpus: e2eCorpus },
];

function lineCount(files: string[]): number {
  return files.reduce((sum, file) => sum + readFileSync(file, 'utf8').trim().split('\n').length, 0);
}

/** What `wiretrace trace --format json` says about the page: a result, or why the page has no article. */
function cliTrace(cli: string, file: string, corpus: string[]): TraceResult | { error: string } {
  const args = [cli, 'trace', ...corpus.flatMap((c) => ['--corpus', c]), '--format', 'json', file];
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  return JSON.parse(run.stdout) as TraceResult | { error: string };
}

function shareIn(lang: string): (value: number) => string {
  return (value) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/**
 * What the popup must show for `result`, with shares formatted as the popup formats them in `lang`;
 * `sharesLines[i]` is the popup's own message for additional source i.
 */
function expectedPopup(result: TraceResult, lang: string, sharesLines: string[]): PopupResult {
  const share = shareIn(lang);
  const found = result.verdict !== 'none' && result.source !== null;
  return {
    verdict: result.verdict,
    source: found
      ? {
          id: result.source!.id,
          agency: result.source!.agency,
          title: result.source!.title,
          url: result.source!.url ?? null,
          published: result.source!.published ?? null,
          confidence: share(result.confidence),
          confidenceValue: result.confidence,
          reuse: share(result.reuse),
          reuseValue: result.reuse,
          coverage: share(result.coverage),
          coverageValue: result.coverage,
        }
      : null,
    cut: found ? result.sourceSentences.flatMap((s, index) => (s.status === 'cut' ? [{ index, text: s.text }] : [])) : [],
    changes: found ? result.changes.map((c) => ({ kind: c.kind, wire: c.source, page: c.page })) : [],
    added: found ? result.pageSentences.filter((s) => s.status === 'added' && !s.sourceId).map((s) => s.text) : [],
    additional: result.additionalSources.map((s, i) => ({ id: s.id, agency: s.agency, title: s.title, shares: sharesLines[i] })),
    alternatives: result.alternatives.map((a) => ({ id: a.id, agency: a.agency, title: a.title })),
  };
}

describe.skipIf(skipE2e)('the popup shows what the CLI reports', () => {
  let session: Session;
  let server: TestServer;
  let options: Page;
  let cli: string;
  const routes = Object.fromEntries(cases.map((c, i) => [`/parity/${i}`, readFileSync(c.file, 'utf8')]));

  beforeAll(async () => {
    cli = await buildCli();
    server = await serve(routes);
    session = await launch(buildExtension());
    options = await importCorpus(session, e2eCorpus, lineCount(e2eCorpus));
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (cli) rmSync(dirname(cli), { recursive: true, force: true });
    rmSync(generated, { recursive: true, force: true });
  });

  /** Replaces the extension's corpus with `files` (cleared first, so ids from another corpus cannot compete). */
  let loaded = e2eCorpus;
  async function useCorpus(files: string[]): Promise<void> {
    if (files === loaded) return;
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'corpus-clear', payload: {} }));
    await options.close();
    options = await importCorpus(session, files, lineCount(files));
    loaded = files;
  }

  for (const [i, c] of cases.entries()) {
    it(`${c.name}: same verdict, source, figures, cuts, changes and additions`, async () => {
      await useCorpus(c.corpus);
      const expected = cliTrace(cli, c.file, c.corpus);
      const page = await session.context.newPage();
      await page.goto(`${server.origin}/parity/${i}`);
      let popup: PopupTarget | undefined;
      try {
        popup = await openPopup(session, page);
        const shown = await popup.waitForTestId(['verdict', 'state-not-article', 'state-error']);
        if ('error' in expected) {
          expect(shown).toBe('state-not-article');
          expect(await popup.texts('state-not-article')).toEqual([expect.stringContaining(expected.error)]);
          return;
        }
        const lang = await popup.evaluate<string>('chrome.i18n.getUILanguage()');
        const share = shareIn(lang);
        const sharesLines = await Promise.all(
          expected.additionalSources.map((s) =>
            popup!.evaluate<string>(`chrome.i18n.getMessage('additionalShares', ${JSON.stringify([share(s.reuse), share(s.confidence)])})`),
          ),
        );
        expect(await readPopupResult(popup)).toEqual(expectedPopup(expected, lang, sharesLines));
      } finally {
        await popup?.close();
        await page.close();
      }
    });
  }
});
