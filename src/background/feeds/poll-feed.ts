/**
 * One poll of one feed: a conditional GET, the body read as a feed, new or changed items imported through the
 * corpus's import path, and the feed's status and schedule worked out. Whatever goes wrong (no access, no
 * connection, an HTTP error, a body that is no feed, a feed without one readable item) ends as the feed's error
 * and a back-off; nothing reaches the corpus unless the whole body was read.
 */
import { hash32 } from '../../core/hash';
import type { StoryRecord } from '../../core/types';
import type { FeedPollReport, ImportLineError } from '../../messages';
import { originPattern } from '../../feeds/feed-url';
import type { ImportOutcome } from '../corpus-service';
import { errorText } from '../tab-tracker';
import { fetchBody } from './fetch-body';
import type { FeedRow } from './feed-row';
import { withFullArticle } from './full-article';
import { readFeed } from './read-feed';
import { nextPollAfterFailure, nextPollAfterSuccess } from './schedule';

export const feedLimits = { timeoutMs: 30_000, maxBytes: 20_000_000 };
/** Articles fetched per poll for "fetch full article"; further new items wait for the next poll. */
export const articlesPerPoll = 20;
const importBatchSize = 500;

export interface PollDeps {
  fetch: typeof fetch;
  now: () => number;
  hasAccess: (pattern: string) => Promise<boolean>;
  importRecords: (records: StoryRecord[], lines: number[]) => Promise<ImportOutcome>;
}

/** The feed's row after polling it (the caller stores it). */
export async function pollFeed(feed: FeedRow, deps: PollDeps): Promise<FeedRow> {
  const now = deps.now();
  try {
    return { ...(await readAndImport(feed, deps)), lastPoll: now, lastSuccess: now, failures: 0, due: nextPollAfterSuccess(now) };
  } catch (error) {
    const failures = feed.failures + 1;
    return { ...feed, lastPoll: now, lastError: errorText(error), lastErrorAt: now, failures, due: nextPollAfterFailure(now, failures) };
  }
}

async function readAndImport(feed: FeedRow, deps: PollDeps): Promise<FeedRow> {
  const pattern = originPattern(feed.url);
  if (!(await deps.hasAccess(pattern))) {
    throw new Error(`Wiretrace has no permission to reach ${new URL(feed.url).host}: click "Check now" to grant it`);
  }
  const answer = await fetchBody(deps.fetch, feed.url, feedLimits, { etag: feed.etag, lastModified: feed.lastModified });
  if (answer.status === 'not-modified') {
    const { lastReport: _unchanged, ...rest } = feed;
    return rest;
  }
  const parsed = await readFeed(feed.url, answer.bytes, feed.agency);
  if (parsed.records.length === 0 && parsed.errors.length > 0) {
    throw new Error(`the feed has no item Wiretrace can store (${describe(parsed.errors[0])})`);
  }

  const seen: Record<string, number> = {};
  const fresh: { record: StoryRecord; line: number; hash: number }[] = [];
  parsed.records.forEach((record, i) => {
    const hash = hash32(`${record.title}\n${record.text}`);
    if (feed.seen[record.id] === hash) seen[record.id] = hash;
    else fresh.push({ record, line: parsed.lines[i], hash });
  });

  let fullTextMissed = 0;
  const batch = feed.fullArticle ? fresh.slice(0, articlesPerPoll) : fresh;
  const records: StoryRecord[] = [];
  for (const { record } of batch) {
    const full = feed.fullArticle ? await withFullArticle(record, deps.fetch) : record;
    if (full === null) fullTextMissed += 1;
    records.push(full ?? record);
  }
  const outcome = await importInBatches(records, batch.map((item) => item.line), deps.importRecords);
  // Marked seen (with the feed's own text, not the fetched article's) only once stored; items left for the next
  // poll stay unseen.
  for (const { record, hash } of batch) seen[record.id] = hash;

  const problems = [...parsed.errors, ...outcome.errors].sort((a, b) => a.line - b.line);
  const report: FeedPollReport = { added: outcome.added, updated: outcome.updated, skipped: problems.length, fullTextMissed };
  if (problems.length > 0) report.firstProblem = describe(problems[0]);
  return {
    ...feed,
    etag: answer.validators.etag,
    lastModified: answer.validators.lastModified,
    items: parsed.records.length,
    imported: feed.imported + outcome.added + outcome.updated,
    lastReport: report,
    seen,
  };
}

/** A JSONL corpus served as a feed may hold thousands of stories: store them as an import does, 500 at a time. */
async function importInBatches(records: StoryRecord[], lines: number[], importRecords: PollDeps['importRecords']): Promise<ImportOutcome> {
  const total: ImportOutcome = { added: 0, updated: 0, errors: [] };
  for (let start = 0; start < records.length; start += importBatchSize) {
    const outcome = await importRecords(records.slice(start, start + importBatchSize), lines.slice(start, start + importBatchSize));
    total.added += outcome.added;
    total.updated += outcome.updated;
    total.errors.push(...outcome.errors);
  }
  return total;
}

/** Feed parsers already name the item ("item 4 (...) has no text"); other reasons get its number. */
function describe(problem: ImportLineError): string {
  return problem.reason.includes(String(problem.line)) ? problem.reason : `item ${problem.line}: ${problem.reason}`;
}
