/**
 * `trace`: find the wire story a page was built from. Steps:
 *  1. prepare the page (furniture out, sentences, tokens);
 *  2. retrieve candidate stories from the index by rare shared terms;
 *  3. align the page against the leading candidates, then against more only where the leaders leave room (below);
 *  4. credit each page sentence to the candidates that carry it, split between candidates that carry it about
 *     equally well — background paragraphs repeated across a developing story's versions and sister stories
 *     then decide nothing, and the story whose specific sentences the page carries wins;
 *  5. report the winner sentence by sentence, further sources for sentences it does not explain, and the rest
 *     as alternatives.
 */
import { align, type Alignment } from './align';
import { analyse, type Analysis } from './analyse';
import { prepare, type PreparedText } from './document';
import type { Candidate, CorpusIndex } from './corpus-index';
import { paragraphsOf } from './paragraphs';
import { pairShare, wordPairs } from './phrases';
import { rememberRecent } from './recent';
import type { AdditionalSource, Alternative, PageInput, StoryRecord, TraceResult } from './types';
import { confidenceOf, coverageOf, evidenceOf, reuseOf, verdictOf, VERDICT } from './verdict';

export interface Corpus {
  index: CorpusIndex;
  load(ids: string[]): Promise<StoryRecord[]> | StoryRecord[];
}

export interface TraceOptions {
  /** Candidate stories aligned in full. */
  candidates?: number;
  /** Alternatives reported. */
  alternatives?: number;
}

/** Candidates carrying a page sentence at least this share as well as the best one split its credit. */
const SHARED_CREDIT = 0.9;
/**
 * Candidates whose retrieval score is far below the best cannot win and rarely carry a second source: aligning
 * them is most of a trace's cost. Sister stories sharing background score close to each other and stay.
 */
const CONTENDER_SHARE = 0.3;
const MIN_CONTENDERS = 3;
/**
 * Contenders are aligned in two rounds: first the leaders, whose retrieval scores are close to the best. The rest
 * of the first retrieval only when the leaders find no source (a heavily reworded copy can score below a sister
 * story in retrieval). When they do find one, what is left to explain is the page sentences no leader carries: two
 * or more of them are looked up on their own, which finds a second story the whole page's query ranks too low.
 * Aligning candidates that could neither win nor explain anything left was half of a trace at 100,000 stories.
 */
const LEADER_SHARE = 0.6;
/**
 * A leader that keeps under this share of the page's word pairs that the best-phrased leader keeps has the page's
 * vocabulary but not its sentences (a story on the same people and figures, told in sentences of its own): it
 * waits with the rest of the retrieval. When the best keeps fewer than PHRASED_MIN_PAIRS pairs, too little phrasing
 * survives (a heavily reworded copy) to tell leaders apart this way, and all are aligned.
 */
const PHRASED_SHARE = 0.25;
const PHRASED_MIN_PAIRS = 8;
/**
 * A story found for the sentences the leaders leave unexplained is aligned only if it has at least this share of
 * their word pairs. The story they were taken from keeps much of their phrasing, even reworded (on the synthetic
 * copies, second sources share 0.3 to 1); stories found only through their vocabulary keep almost none (mostly
 * under 0.1), and aligning three of them for every page that adds sentences of its own was a fifth of a trace.
 */
const SECOND_SOURCE_PAIRS = 0.1;

function closeContenders(candidates: Candidate[]): { leaders: Candidate[]; others: Candidate[] } {
  const best = candidates[0]?.score ?? 0;
  const contenders = candidates.filter((candidate, i) => i < MIN_CONTENDERS || candidate.score >= best * CONTENDER_SHARE);
  return {
    leaders: contenders.filter((candidate, i) => i === 0 || candidate.score >= best * LEADER_SHARE),
    others: contenders.filter((candidate, i) => i > 0 && candidate.score < best * LEADER_SHARE),
  };
}

/** Leaders that keep the page's phrasing, and those that only share its words. */
function byPhrasing(page: PreparedText, stories: StoryRecord[]): { phrased: StoryRecord[]; unphrased: StoryRecord[] } {
  if (stories.length < 2) return { phrased: stories, unphrased: [] };
  const pagePairs = wordPairs(page.sentences.map((sentence) => sentence.text));
  const shares = stories.map((story) => pairShare(pagePairs, story.text));
  const best = Math.max(...shares);
  if (best * pagePairs.size < PHRASED_MIN_PAIRS) return { phrased: stories, unphrased: [] };
  return {
    phrased: stories.filter((_, i) => shares[i] >= best * PHRASED_SHARE),
    unphrased: stories.filter((_, i) => shares[i] < best * PHRASED_SHARE),
  };
}

/** The page sentences with content (three content words or more) that no candidate carries, as a text of their own. */
function unexplainedPart(scored: Scored[], page: PreparedText): PreparedText {
  return {
    sentences: page.sentences.filter((sentence, i) => sentence.weight >= 3 && scored.every((candidate) => candidate.strength[i] === 0)),
    truncated: false,
  };
}

/**
 * Recently prepared stories (64 to 128 of them): the pages a reader opens often come from the same few wire
 * stories, and preparing a candidate (segmenting, tokenising) is a large part of a trace. Never changed once made.
 */
const preparedStory = rememberRecent(64, (story: StoryRecord) => story.text, (story) => prepare(paragraphsOf(story.text)));

/** At most this many further sources are reported. */
const MAX_ADDITIONAL = 2;

/**
 * Sentences the main source does not explain are another source's when there are enough of them, or fewer that
 * match it strongly: a page that adds two paragraphs of an AP story to a Reuters story draws on both.
 */
function enoughForAnotherSource(strengths: number[]): boolean {
  if (strengths.length >= VERDICT.partialMinSentences) return true;
  return strengths.length >= 2 && strengths.reduce((sum, s) => sum + s, 0) / strengths.length >= 0.8;
}

interface Scored {
  story: StoryRecord;
  alignment: Alignment;
  /** The full comparison (statuses, changes), worked out only for the candidates reported. */
  analysis(): Analysis;
  /** Per page sentence: strength of the strongest evidence-backed link, 0 when none. */
  strength: number[];
  score: number;
}

/**
 * Per page sentence: strength of the strongest evidence-backed link, or of any link for the sentences `waived`
 * picks (a quote with its attribution shares only quoted words and names, which are no evidence of a source alone).
 */
function strengths(alignment: Alignment, waived: (pageSentence: number) => boolean = () => false): number[] {
  return alignment.byPage.map((links, i) =>
    links.reduce((best, link) => (link.score.evidence > 0 || waived(i) ? Math.max(best, link.strength) : best), 0),
  );
}

/** Sentence weight: short sentences ("He declined to comment.") say little about where a page came from. */
function sentenceWeights(page: PreparedText): number[] {
  return page.sentences.map((sentence) => Math.min(1, sentence.weight / 6));
}

/** Which page sentences a candidate carries. */
function carriedKey(candidate: Scored): string {
  return candidate.strength.map((strength) => (strength > 0 ? '1' : '0')).join('');
}

/**
 * Credit per candidate. Candidates that carry exactly the same page sentences count as one carrier: versions or
 * near-copies of one story do not share a sentence away to a story the page drew less from.
 */
function creditScores(scored: Scored[], weights: number[], include: (i: number) => boolean): number[] {
  const keys = scored.map(carriedKey);
  return scored.map((candidate) =>
    candidate.strength.reduce((sum, strength, i) => {
      if (strength === 0 || !include(i)) return sum;
      const carriers = new Set(keys.filter((_, j) => scored[j].strength[i] >= strength * SHARED_CREDIT)).size;
      return sum + (strength * weights[i]) / carriers;
    }, 0),
  );
}

/** How much of what the winner explains a rival explains too, 0..1. */
function rivalShare(best: Scored, rivals: Scored[], weights: number[]): number {
  const own = best.strength.reduce((sum, s, i) => sum + s * weights[i], 0);
  if (own === 0 || rivals.length === 0) return 0;
  return Math.max(
    ...rivals.map((rival) => best.strength.reduce((sum, s, i) => (s > 0 ? sum + Math.min(s, rival.strength[i]) * weights[i] : sum), 0) / own),
  );
}

/** A story's identity across its versions. */
function storyKey(story: StoryRecord): string {
  return story.storyId ?? story.id;
}

function sourceRef(story: StoryRecord) {
  const { agency, title, url, published, version } = story;
  return { id: storyKey(story), agency, title, ...(url ? { url } : {}), ...(published ? { published } : {}), ...(version ? { version } : {}) };
}

/**
 * Milliseconds to the hundredth. `performance` is the one clock every runtime of the engine has (service worker,
 * pages, Node); whole milliseconds from Date said nothing about traces that take two or three.
 */
function elapsedSince(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}

function emptyResult(page: PageInput, prepared: PreparedText, started: number): TraceResult {
  return {
    page: page.page, verdict: 'none', source: null, confidence: 0, coverage: 0, reuse: 0, sourceSentences: [],
    pageSentences: prepared.sentences.map((s) => ({ text: s.text, status: 'added', source: [] })),
    changes: [], alternatives: [], additionalSources: [], elapsedMs: elapsedSince(started),
  };
}

/** Candidates ranked by the credit they earn on the page, best first. Sets each candidate's score. */
function rankByCredit(scored: Scored[], weights: number[]): Scored[] {
  creditScores(scored, weights, () => true).forEach((score, i) => (scored[i].score = score));
  return [...scored].sort((a, b) => b.score - a.score);
}

/** The page aligned against the leaders, then against more candidates where the leaders leave room for them. */
async function alignContenders(page: PreparedText, corpus: Corpus, weights: number[], limit: number): Promise<Scored[]> {
  const alignStory = (story: StoryRecord): Scored => {
    const source = preparedStory(story);
    const alignment = align(source, page);
    let analysis: Analysis | undefined;
    return { story, alignment, analysis: () => (analysis ??= analyse(source, page, alignment)), strength: strengths(alignment), score: 0 };
  };
  const load = async (candidates: Candidate[]) => (candidates.length === 0 ? [] : corpus.load(candidates.map((candidate) => candidate.id)));
  const { leaders, others } = closeContenders(corpus.index.query(page, limit));
  const { phrased, unphrased } = byPhrasing(page, await load(leaders));
  const scored = phrased.map(alignStory);
  const leading = rankByCredit(scored, weights)[0] as Scored | undefined;
  if (!leading || verdictOf(evidenceOf(leading.alignment), page.sentences.length) === 'none') {
    return [...scored, ...unphrased.map(alignStory), ...(await load(others)).map(alignStory)];
  }
  const rest = unexplainedPart(scored, page);
  if (rest.sentences.length < 2) return scored;
  const aligned = new Set(scored.map((candidate) => candidate.story.id));
  const found = corpus.index.query(rest, MIN_CONTENDERS + aligned.size).filter((candidate) => !aligned.has(candidate.id));
  const bar = (found[0]?.score ?? 0) * CONTENDER_SHARE;
  const restPairs = wordPairs(rest.sentences.map((sentence) => sentence.text));
  const stories = await load(found.filter((candidate) => candidate.score >= bar).slice(0, MIN_CONTENDERS));
  return [...scored, ...stories.filter((story) => pairShare(restPairs, story.text) >= SECOND_SOURCE_PAIRS).map(alignStory)];
}

export async function trace(page: PageInput, corpus: Corpus, options: TraceOptions = {}): Promise<TraceResult> {
  const started = performance.now();
  const prepared = prepare(page.paragraphs);
  if (prepared.sentences.length === 0) return emptyResult(page, prepared, started);
  const weights = sentenceWeights(prepared);
  const scored = await alignContenders(prepared, corpus, weights, options.candidates ?? 12);
  if (scored.length === 0) return emptyResult(page, prepared, started);
  const ranked = rankByCredit(scored, weights);
  const best = ranked[0];
  const winner = best.analysis();
  const verdict = verdictOf(winner.evidence, prepared.sentences.length);
  // No source named, no figures, cuts or changes against a story the result does not name: "10% of the page comes
  // from the wire story" would leave a reader asking which.
  if (verdict === 'none' || best.score <= 0) return emptyResult(page, prepared, started);

  const pageSentences = winner.pageSentences.map((sentence) => ({ ...sentence }));
  const additionalSources: AdditionalSource[] = [];
  // What the winner's report leaves as added, even where a weak link touched it, is left for another source.
  const explained = new Set(winner.pageSentences.flatMap((s, i) => (s.status !== 'added' ? [i] : [])));
  for (let round = 0; round < MAX_ADDITIONAL; round++) {
    const taken = new Set([storyKey(best.story), ...additionalSources.map((a) => a.id)]);
    const rest = ranked.filter((c) => !taken.has(storyKey(c.story)));
    const extra = creditScores(rest, weights, (i) => !explained.has(i));
    const pick = rest[extra.indexOf(Math.max(0, ...extra))];
    if (!pick || Math.max(0, ...extra) === 0) break;
    // The pick carries sentences left to explain by evidence (its credit); the quotes that come with them, linked
    // to its sentences, are its too. Other lines linked without evidence (datelines, credits) are not.
    const linked = strengths(pick.alignment, (i) => prepared.sentences[i].quotes.length > 0);
    const own = linked.flatMap((s, i) => (s > 0 && !explained.has(i) ? [i] : []));
    if (!enoughForAnotherSource(own.map((i) => linked[i]))) break;
    for (const i of own) explained.add(i);
    // Every sentence the main source leaves as added but this one carries is shown as this one's.
    const picked = pick.analysis();
    picked.pageSentences.forEach(({ status, source }, i) => {
      if (status !== 'added' && pageSentences[i].status === 'added') pageSentences[i] = { ...pageSentences[i], status, source, sourceId: storyKey(pick.story) };
    });
    additionalSources.push({
      ...sourceRef(pick.story),
      confidence: confidenceOf(picked.evidence, 'partial'),
      coverage: coverageOf(picked.sourceSentences),
      reuse: own.length / prepared.sentences.length,
      sourceSentences: picked.sourceSentences,
    });
  }

  const total = weights.reduce((sum, w) => sum + w, 0) || 1;
  // Other stories, each once (its best-scoring version), excluding the sources reported.
  const listed = new Set([storyKey(best.story), ...additionalSources.map((a) => a.id)]);
  const alternatives: Alternative[] = [];
  for (const c of ranked) {
    if (alternatives.length >= (options.alternatives ?? 5) || c.score <= 0 || listed.has(storyKey(c.story))) continue;
    listed.add(storyKey(c.story));
    alternatives.push({ id: storyKey(c.story), agency: c.story.agency, title: c.story.title, score: Math.round((c.score / total) * 1000) / 1000 });
  }

  return {
    page: page.page,
    verdict,
    source: sourceRef(best.story),
    confidence: confidenceOf(winner.evidence, verdict, rivalShare(best, ranked.filter((c) => storyKey(c.story) !== storyKey(best.story)), weights)),
    coverage: coverageOf(winner.sourceSentences),
    reuse: reuseOf(winner.pageSentences),
    sourceSentences: winner.sourceSentences,
    pageSentences,
    changes: winner.changes,
    alternatives,
    additionalSources,
    elapsedMs: elapsedSince(started),
  };
}
