/**
 * The scrapinghub article-extraction benchmark's pages (DATA/extraction-benchmark): each page's id, URL and gold
 * article text, in id order, its saved HTML read when asked for (181 pages, gzipped). Used by the extraction
 * evaluation and by the bench, which puts its derived articles into these pages (bench/news-shells.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from './jsonl';

export interface GoldPage {
  id: string;
  url: string;
  /** The article's text as the benchmark gives it. */
  articleBody: string;
  html(): string;
}

export function extractionBenchmarkPages(dataDir: string): GoldPage[] {
  const dir = join(dataDir, 'extraction-benchmark');
  const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.keys(gold)
    .sort()
    .map((id) => ({ id, url: gold[id].url, articleBody: gold[id].articleBody, html: () => readText(join(dir, 'html', `${id}.html.gz`)) }));
}
