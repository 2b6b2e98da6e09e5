/** Story versions in the CLI: a story delivered several times is one story with versions, and a page is traced to the version it follows. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/cli/load-corpus';
import { ensureBuilt, jsonLines, runCli } from './run-cli';

const deliveries = 'test/fixtures/versions/deliveries';
const page = 'test/fixtures/versions/pages/page-follows-v2.txt';
const storyId = 'fict-afp-merin-floods';

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'wiretrace-versions-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('story versions in the CLI corpus', () => {
  it('reads a story delivered five times as one story with five versions, and an unchanged re-delivery once', async () => {
    const warnings: string[] = [];
    const { records, files } = await loadCorpus([deliveries], (line) => warnings.push(line));
    expect(files).toHaveLength(5);
    expect(warnings).toEqual([]);
    const versions = records.filter((record) => (record.storyId ?? record.id) === storyId);
    expect(versions.map((record) => [record.id, record.version])).toEqual([
      [storyId, 1],
      [`${storyId}~v2`, 2],
      [`${storyId}~v3`, 3],
      [`${storyId}~v4`, 4],
      [`${storyId}~v5`, 5],
    ]);
    expect(versions.every((record) => record.storyId === storyId)).toBe(true);
    expect(versions[4].title).toBe('Bridge collapse cuts Merin Valley off from coast');
    expect(records.filter((record) => record.id === 'fict-afp-ostria-budget')).toHaveLength(1);
    expect(records).toHaveLength(6);
  });

  it('traces a page to the story and the version it follows', () => {
    const run = runCli(['trace', '--corpus', deliveries, '--format', 'json', page]);
    expect(run.status).toBe(0);
    const [result] = jsonLines(run.stdout);
    expect(result.verdict).toBe('derived');
    expect(result.source).toMatchObject({ id: storyId, version: 2, agency: 'AFP' });
    expect((result.alternatives as Array<{ id: string }>).map((a) => a.id)).not.toContain(storyId);
  });

  it('takes records sharing a URL across files as versions, whatever their ids', async () => {
    const line = (id: string, text: string) =>
      JSON.stringify({ id, agency: 'Reuters', title: 'Fictional harbour story', url: 'https://wire.example/harbour', text });
    const first = join(dir, 'a.jsonl');
    const second = join(dir, 'b.jsonl');
    writeFileSync(first, line('r-1', 'The fictional harbour reopened on Monday.') + '\n');
    writeFileSync(second, line('r-2', 'The fictional harbour reopened on Monday after a week.') + '\n' + line('r-1', 'The fictional harbour reopened on Monday.') + '\n');
    const { records } = await loadCorpus([first, second], () => undefined);
    expect(records.map(({ id, storyId: story, version }) => ({ id, story, version }))).toEqual([
      { id: 'r-1', story: 'r-1', version: 1 },
      { id: 'r-2', story: 'r-1', version: 2 },
    ]);
  });
});
