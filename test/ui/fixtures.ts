/** UI states for tests and for scripts/screenshot-ui.mjs: one per state the popup can be in, plus an options page corpus. */
import type { TraceResult } from '../../src/core/types';
import type { CorpusStats, Settings, StorySummary, TabState } from '../../src/messages';

/** Markup that must come out as text wherever page or corpus text is shown. */
export const hostile = '<img src=x onerror=alert(1)>';

export const derivedResult: TraceResult = {
  page: 'https://news.example/story',
  verdict: 'derived',
  confidence: 0.91,
  coverage: 0.74,
  reuse: 0.6,
  source: {
    id: 'reuters-1',
    agency: 'Reuters',
    title: `Trump and Putin meet in Helsinki ${hostile}`,
    url: 'https://www.reuters.com/article/helsinki',
    published: '2018-07-16T10:00:00Z',
    version: 2,
  },
  sourceSentences: [
    { text: 'HELSINKI (Reuters) - The leaders met on Monday.', status: 'kept', page: [0] },
    { text: 'The talks lasted two hours.', status: 'cut', page: [] },
    { text: '“We had a direct dialogue,” Trump said.', status: 'paraphrased', page: [1] },
    { text: `Background sentence ${hostile}.`, status: 'cut', page: [] },
  ],
  pageSentences: [
    { text: 'The leaders met on Monday.', status: 'copied', source: [0] },
    { text: '“We had a good dialogue,” Trump said.', status: 'paraphrased', source: [2] },
    { text: 'Our correspondent adds local colour.', status: 'added', source: [] },
    { text: 'From the AP story.', status: 'copied', source: [0], sourceId: 'ap-9' },
  ],
  changes: [
    { kind: 'quote', source: 'We had a direct dialogue', page: 'We had a good dialogue', sourceSentence: 2, pageSentence: 1 },
    { kind: 'number', source: '2 hours', page: null, sourceSentence: 1, pageSentence: 0 },
  ],
  alternatives: [{ id: 'afp-3', agency: 'AFP', title: 'Summit in Helsinki', score: 0.42 }],
  additionalSources: [
    {
      id: 'ap-9',
      agency: 'AP',
      title: 'AP: summit ends',
      url: 'javascript:alert(1)',
      confidence: 0.55,
      coverage: 0.12,
      reuse: 0.2,
      sourceSentences: [],
    },
  ],
  elapsedMs: 42.4,
};

const page = { title: 'Leaders meet in Helsinki', siteName: 'News Example' };

export const states: Record<string, TabState> = {
  done: { status: 'done', url: 'https://news.example/story', page, result: derivedResult, corpusCount: 1204 },
  none: {
    status: 'done',
    url: 'https://news.example/original',
    page,
    corpusCount: 1204,
    result: {
      ...derivedResult,
      verdict: 'none',
      source: null,
      confidence: 0,
      coverage: 0,
      reuse: 0,
      sourceSentences: [],
      changes: [],
      additionalSources: [],
      pageSentences: [{ text: 'Original reporting.', status: 'added', source: [] }],
    },
  },
  emptyCorpus: { status: 'empty-corpus', url: 'https://news.example/story', page, corpusCount: 0 },
  notArticle: { status: 'not-article', url: 'https://news.example/', corpusCount: 10 },
  disabled: { status: 'disabled', url: 'https://blocked.example/a', corpusCount: 10 },
  error: { status: 'error', url: 'https://news.example/story', message: `Index broken ${hostile}`, corpusCount: 10 },
  tracing: { status: 'tracing', url: 'https://news.example/story', corpusCount: 10 },
};

/** What the options page shows for a small corpus. */
export const optionsFixture = {
  stats: { count: 3, textBytes: 6144, indexBytes: 2048, usage: 40960, quota: 1024 ** 3 } satisfies CorpusStats,
  settings: { autoTrace: true, neverTrace: ['private.example'] } satisfies Settings,
  stories: [
    { id: 'reuters-1', agency: 'Reuters', title: 'Trump and Putin meet in Helsinki', url: 'https://www.reuters.com/article/helsinki', published: '2018-07-16T10:00:00Z', versions: 2, bytes: 3100 },
    { id: 'ap-9', agency: 'AP', title: 'Summit ends with no joint statement', published: '2018-07-16', versions: 1, bytes: 2100 },
    { id: 'afp-3', agency: 'AFP', title: `Hostile title ${hostile}`, versions: 1, bytes: 900 },
  ] satisfies StorySummary[],
};
