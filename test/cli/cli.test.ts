/** The built `wiretrace` as a user meets it: output order and formats, stdin, bad input, exit codes. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { ensureBuilt, jsonLines, ROOT, runCli } from './run-cli';

const corpus = 'test/fixtures/cases/corpus';
const ferry = 'test/fixtures/cases/verbatim-trimmed/page.html';
const veltrix = 'test/fixtures/cases/changed-facts/page.html';
const ferryId = 'ap-20261017-norway-ferry-aground';
const veltrixId = 'reuters-20261014-veltrix-job-cuts';
const wireLines = readFileSync(`${ROOT}${corpus}/wire.jsonl`, 'utf8').trim().split('\n');
const wireText = (id: string) => (wireLines.map((line) => JSON.parse(line)).find((r) => r.id === id) as { text: string }).text;

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'wiretrace-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tmp = (name: string, content: string | Buffer) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

describe('wiretrace', () => {
  it('prints help and version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('wiretrace trace --corpus <file|dir>...');
    expect(runCli(['trace', '--help']).stdout).toContain('Exit codes:');
    expect(runCli(['--version']).stdout.trim()).toBe(version);
  });

  it('exits 2 with a clear message on a bad command line', () => {
    const unknown = runCli(['trace', '--corpus', corpus, '--frobnicate', ferry]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--frobnicate'");
    expect(unknown.stdout).toBe('');
    expect(runCli(['trace', ferry]).stderr).toContain('at least one --corpus');
  });

  it('exits 2 when the corpus is missing or holds no records', () => {
    const missing = runCli(['trace', '--corpus', 'no/such/corpus.jsonl', ferry]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('corpus not found: no/such/corpus.jsonl');
    const empty = tmp('no-records.jsonl', '{"id": "a1", "agency": "AP"}\n{"title": "no id"}\n');
    const none = runCli(['trace', '--corpus', empty, ferry]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain(`${empty}:1:`);
    expect(none.stderr).toContain(`${empty}:2:`);
    expect(none.stderr).toContain('no corpus records');
    expect(none.stdout).toBe('');
  });
});

describe('wiretrace trace', () => {
  it('prints one JSON line per page, in the order given, sharing one corpus', () => {
    const text = tmp('ferry.txt', wireText(ferryId).split('\n\n').slice(0, 6).join('\n\n'));
    const run = runCli(['trace', '--corpus', corpus, veltrix, text, ferry]);
    expect(run.status).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => line.page)).toEqual([veltrix, text, ferry]);
    expect(lines.map((line) => (line.source as { id: string } | null)?.id)).toEqual([veltrixId, ferryId, ferryId]);
  });

  it('reads a corpus directory and a gzipped corpus', () => {
    const gz = tmp('wire.jsonl.gz', gzipSync(readFileSync(`${ROOT}${corpus}/wire.jsonl`)));
    const run = runCli(['trace', '--corpus', gz, veltrix]);
    expect(run.status).toBe(0);
    expect((jsonLines(run.stdout)[0].source as { id: string }).id).toBe(veltrixId);
  });

  it('reports each malformed corpus line with its file and line number, and uses the rest', () => {
    const lines = [...wireLines];
    lines.splice(2, 0, '{"id": "broken", "text": ', '["not", "a", "record"]');
    const bad = tmp('with-bad-lines.jsonl', `${lines.join('\n')}\n`);
    const run = runCli(['trace', '--corpus', bad, ferry]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: \\S`));
    expect(run.stderr).toMatch(/with-bad-lines\.jsonl:4: \S/);
    expect(run.stderr.trim().split('\n')).toHaveLength(2);
    expect((jsonLines(run.stdout)[0].source as { id: string }).id).toBe(ferryId);
  });

  it('reads HTML and text from stdin', () => {
    const html = runCli(['trace', '--corpus', corpus, '-'], { input: readFileSync(`${ROOT}${ferry}`, 'utf8') });
    expect(html.status).toBe(0);
    const [fromHtml] = jsonLines(html.stdout);
    expect(fromHtml.page).toBe('-');
    expect((fromHtml.source as { id: string }).id).toBe(ferryId);
    expect((fromHtml.pageSentences as { text: string }[]).some((s) => s.text.includes('Most read'))).toBe(false);

    const text = runCli(['trace', '--corpus', corpus, '-'], { input: wireText(veltrixId) });
    expect((jsonLines(text.stdout)[0].source as { id: string }).id).toBe(veltrixId);
  });

  it('reports a page that fails, keeps its place in the output, goes on, and exits 1', () => {
    const run = runCli(['trace', '--corpus', corpus, ferry, 'missing-page.html', veltrix]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('wiretrace: missing-page.html: no such file');
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => line.page)).toEqual([ferry, 'missing-page.html', veltrix]);
    expect(lines[1]).toEqual({ page: 'missing-page.html', error: 'no such file' });
  });

  it('prints a readable report without colour when stdout is not a terminal', () => {
    const run = runCli(['trace', '--corpus', corpus, '--format', 'text', veltrix, ferry]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(run.stdout).toContain(`${veltrix}\n  Verdict:    derived`);
    expect(run.stdout).toContain('Source:     Reuters — Chipmaker Veltrix to cut 4,500 jobs, close two German plants');
    expect(run.stdout).toContain('Cut from the wire story');
    expect(run.stdout).toContain(`\n\n${ferry}\n`);
  });

  it('reports timings on stderr with --timings', () => {
    const run = runCli(['trace', '--timings', '--corpus', corpus, ferry]);
    expect(run.stderr).toMatch(/timing: index build [\d.]+ ms/);
    expect(run.stderr).toMatch(new RegExp(`timing: trace ${ferry} [\\d.]+ ms`));
    expect(jsonLines(run.stdout)).toHaveLength(1);
  });
});

describe('wiretrace compare', () => {
  it('compares a page with a source text', () => {
    const source = tmp('veltrix.txt', wireText(veltrixId));
    const run = runCli(['compare', source, veltrix]);
    expect(run.status).toBe(0);
    const [result] = jsonLines(run.stdout);
    expect(result.page).toBe(veltrix);
    expect(result.verdict).toBe('derived');
    expect(result.sourceSentences).toHaveLength(11);
    const text = runCli(['compare', '--format', 'text', source, veltrix]);
    expect(text.stdout).toContain('Verdict:    derived');
  });

  it('exits 1 with the file named when a text is missing', () => {
    const run = runCli(['compare', 'nope.txt', veltrix]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('wiretrace: nope.txt: no such file');
  });

  it('compares --pairs line by line, reporting bad lines with their number', () => {
    const wire = wireText(ferryId);
    const pairs = tmp(
      'pairs.jsonl',
      [
        JSON.stringify({ id: 'same', source: wire, page: wire }),
        '{"id": "broken"',
        JSON.stringify({ id: 7, source: wire, page: 'The Louvre museum in Paris stayed closed on Friday as staff went on strike.' }),
        JSON.stringify({ id: 'no-page', source: wire }),
      ].join('\n'),
    );
    const run = runCli(['compare', '--pairs', pairs]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${pairs}:2: not valid JSON`);
    expect(run.stderr).toContain(`${pairs}:4: missing "page" text`);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => line.id ?? `line ${line.line}`)).toEqual(['same', 'line 2', 7, 'line 4']);
    expect(lines[0].verdict).toBe('derived');
    expect(lines[2].verdict).toBe('none');
  });
});
