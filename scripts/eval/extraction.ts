/**
 * Extraction benchmark: Readability (src/extract, linkedom) on 181 real article pages, scored against the gold
 * article text as bags of words (precision: share of extracted words that are in the gold text; recall: share of
 * gold words extracted; counts respected). The extracted articles are then traced against the Reuters-21578 stories:
 * articles of recent years (the dated URLs are mostly of 2018–2020) that derive from no 1987 story, so every source
 * named is a false one: original articles, many on business and politics, against a real corpus.
 */
import { extractionBenchmarkPages } from './extraction-pages';
import { bagOfWords, summarize, type Prf } from './metrics';
import { extractHtml, pageInputOf } from './html-page';
import { reutersStories } from './stories';
import { buildCorpus, timingOf, timingTable, traceAll } from './tracing';
import { countOf, markdownTable, ms, num } from './table';
import type { PageInput } from '../../src/core/types';
import type { EvalContext, EvalOutput } from './types';

interface PageScore extends Prf {
  id: string;
  url: string;
  extracted: boolean;
  ms: number;
}

export async function runExtraction(ctx: EvalContext): Promise<EvalOutput> {
  const gold = extractionBenchmarkPages(ctx.dataDir).slice(0, ctx.limit);
  const pages: PageScore[] = [];
  const texts: string[] = [];
  const inputs: PageInput[] = [];
  for (const { id, url, articleBody, html: htmlOf } of gold) {
    const html = htmlOf();
    const start = performance.now();
    const extracted = extractHtml(html, url);
    const elapsed = performance.now() - start;
    const text = extracted?.paragraphs.join('\n\n') ?? '';
    const input = pageInputOf(extracted, id);
    if (input) inputs.push(input);
    texts.push(text);
    // A page with no article extracted scores 0 on every measure.
    const scores = extracted ? bagOfWords(text, articleBody) : { precision: 0, recall: 0, f1: 0 };
    pages.push({ id, url, extracted: !!extracted, ms: elapsed, ...scores });
  }

  // An undefined score (nothing extracted, nothing to find) counts as 0.
  const stat = (pick: (p: PageScore) => number | null) => summarize(pages.map((p) => pick(p) ?? 0));
  const precision = stat((p) => p.precision);
  const recall = stat((p) => p.recall);
  const f1 = stat((p) => p.f1);
  const time = summarize(pages.map((p) => p.ms));
  const failed = pages.filter((p) => !p.extracted).length;

  const stories = reutersStories(ctx.dataDir);
  const { corpus, ms: buildMs } = buildCorpus(stories);
  const traced = await traceAll(inputs, (input) => input, corpus);
  const named = traced.filter((t) => t.result?.source);
  const errors = traced.filter((t) => t.error).length;
  const markdown = [
    `### Article extraction (${pages.length} pages, bag-of-words vs gold text)`,
    '',
    markdownTable(
      ['measure', 'precision', 'recall', 'F1'],
      [
        ['median', num(precision.p50), num(recall.p50), num(f1.p50)],
        ['mean', num(precision.mean), num(recall.mean), num(f1.mean)],
      ],
    ),
    '',
    `No article found on ${failed} page(s) (scored 0). Extraction time per page: mean ${ms(time.mean)} ms, p95 ${ms(time.p95)} ms.`,
    '',
    `Traced against the ${stories.length} Reuters-21578 stories (1987), from which none of these recent articles derives: ` +
      `a source named on ${countOf(named.length, traced.length)}` +
      `${named.length ? ` (${named.map((t) => `${t.item.page}: ${t.result!.verdict}`).join(', ')})` : ''}; engine errors ${errors}.`,
    '',
    timingTable(timingOf(stories.length, buildMs, traced)),
  ].join('\n');

  return {
    name: 'extraction',
    metrics: {
      pages: pages.length, noArticle: failed, precision, recall, f1, extractMs: time,
      falseSources: { traced: traced.length, named: named.length, errors },
    },
    markdown,
    failures: pages
      .map((p, i) => ({ ...p, extractedText: texts[i].slice(0, 2000), goldText: gold[i].articleBody.slice(0, 2000) }))
      .filter((p) => (p.f1 ?? 0) < 0.8),
  };
}
