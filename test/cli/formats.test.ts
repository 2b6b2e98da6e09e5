/**
 * Issue 4's promise per delivery format: a story delivered as RSS 2.0, Atom, JSON Feed, NewsML-G2, NITF, plain
 * text or an HTML page imports through the CLI's --corpus and through the options page's import path, and a page derived from it
 * (its first paragraphs, lightly edited by an outlet) is traced back to it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryRecord } from '../../src/core/types';
import { parseHtml } from '../../src/extract/node-dom';
import { parseCorpusBatches, parseCorpusBytes } from '../../src/ingest';
import { importBatchSize, importFiles } from '../../src/options/import-corpus';
import { installFakeExt } from '../ui/fake-ext';
import { mockSend } from '../ui/mock-send';
import { ensureBuilt, jsonLines, ROOT, runCli } from './run-cli';

/** Delivery fixtures written to the specifications, and a real saved news page (HTML, read with Readability). */
const FORMATS = ['rss2.xml', 'atom.xml', 'jsonfeed.json', 'newsml-item.xml', 'nitf.xml', 'story.txt', 'seattletimes-1.html'];
const fixture = (name: string) =>
  name.endsWith('.html')
    ? join(ROOT, 'test/fixtures/pages', name.replace(/\.html$/, ''), 'source.html')
    : join(ROOT, 'test/fixtures/feeds', name);
const DISTRACTORS = join(ROOT, 'test/fixtures/cases/corpus/distractors.jsonl');

/** The delivery's story with the most reported (unquoted) paragraphs, as the ingest code reads it. */
async function storyOf(name: string): Promise<StoryRecord> {
  const { records } = await parseCorpusBytes(name, readFileSync(fixture(name)), { parseHtml });
  const reported = (story: StoryRecord) => story.text.split(/\n\s*\n/).filter((p) => !/^["\u201C]/.test(p)).length;
  return records.sort((a, b) => reported(b) - reported(a) || b.text.length - a.text.length)[0];
}

/** An outlet's copy: its own dateline, the story's paragraphs, a line of its own at the end. */
function derivedPage(story: StoryRecord): string {
  const paragraphs = story.text.split(/\n\s*\n/);
  return [`LONDON - ${paragraphs[0]}`, ...paragraphs.slice(1), 'Read more: our live coverage of the day.'].join('\n\n');
}

const dir = mkdtempSync(join(tmpdir(), 'wiretrace-formats-'));
beforeAll(() => ensureBuilt());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(FORMATS)('a story delivered as %s', (name) => {
  it('is traced from a derived page with the CLI', async () => {
    const story = await storyOf(name);
    const page = join(dir, `${name}.page.txt`);
    writeFileSync(page, derivedPage(story));
    const run = runCli(['trace', '--corpus', fixture(name), '--corpus', DISTRACTORS, '--format', 'json', page]);
    expect(run.status, run.stderr).toBe(0);
    const [result] = jsonLines(run.stdout);
    expect(result.verdict).not.toBe('none');
    expect((result.source as { id: string }).id).toBe(story.id);
  });

  it('imports through the options page path with its stories intact', async () => {
    installFakeExt();
    const sent: StoryRecord[] = [];
    const { send } = mockSend({
      'import-records': ({ records }) => {
        sent.push(...records);
        return { added: records.length, updated: 0, errors: [] };
      },
    });
    const parse = (file: string, bytes: Uint8Array, agency?: string) =>
      parseCorpusBatches(file, bytes, { parseHtml, agency, batchSize: importBatchSize });
    const [summary] = await importFiles([new File([readFileSync(fixture(name))], name)], { send, parse, onProgress: () => {} });
    // Some fixtures hold a deliberately empty item, reported as an error; the story itself must arrive whole.
    expect(summary.file).toBe(name);
    expect(sent).toContainEqual(await storyOf(name));
  });
});
