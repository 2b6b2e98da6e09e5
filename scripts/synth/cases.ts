/**
 * Synthetic pages with ground truth, built deterministically from wire stories: the same (stories, seed, perKind)
 * always gives the same pages. Shared by the evaluation and the benchmarks.
 */
import type { PageInput, StoryRecord } from '../../src/core/types';
import { pageParagraphs, sourceStoryOf, type Draft, type SourceStory } from './draft';
import { OUTLETS } from './furniture';
import { generate, KINDS, NEEDS, type Kind } from './kinds';
import { rngFor } from './prng';
import type { QuoteEdit } from './quotes';

export interface TruthSentence {
  text: string;
  cut: boolean;
}

/** A story the page draws on and, sentence by sentence (generators' segmentation), whether the page cut it. */
export interface SourceTruth {
  id: string;
  sentences: TruthSentence[];
}

export interface PieceTruth {
  text: string;
  /** True for text no wire story contains (the outlet's own sentences and furniture). */
  added: boolean;
}

export interface SyntheticCase {
  id: string;
  kind: Kind;
  page: PageInput;
  /** Stories the page derives from, main first; empty for pages that derive from nothing. */
  sources: SourceTruth[];
  pieces: PieceTruth[];
  /** The story this page copies but which must be removed from the corpus (pages that derive from nothing). */
  heldOut?: string;
  /** Quotes pages: how the one altered quotation was changed. */
  quoteEdit?: QuoteEdit;
}

export interface GenerateOptions {
  seed: number;
  perKind: number;
  kinds?: readonly Kind[];
  /** Minimum sentences (generators' segmentation) and paragraphs of a story used as a source. */
  minSentences?: number;
  minParagraphs?: number;
}

const PROSE_WORDS = 8;

/**
 * Stories worth copying: at least `minSentences` prose sentences (8+ words: earnings tables such as "Shr 49 cts vs
 * 57 cts" do not count) in `minParagraphs` paragraphs, and no exact duplicate (a page cannot tell twins apart).
 */
export function eligibleStories(records: readonly StoryRecord[], minSentences = 6, minParagraphs = 4): SourceStory[] {
  const textCount = new Map<string, number>();
  for (const r of records) textCount.set(r.text, (textCount.get(r.text) ?? 0) + 1);
  return records
    .filter((r) => textCount.get(r.text) === 1)
    .map(sourceStoryOf)
    .filter(
      (s) =>
        s.paragraphs.length >= minParagraphs &&
        s.sentences.filter((t) => t.split(' ').length >= PROSE_WORDS).length >= minSentences,
    );
}

function truthOf(draft: Draft, stories: SourceStory[]): Pick<SyntheticCase, 'sources' | 'pieces'> {
  const used = new Set(draft.flat().flatMap((piece) => piece.from.map((ref) => `${ref.story}#${ref.index}`)));
  return {
    sources: stories.map((story) => ({
      id: story.record.id,
      sentences: story.sentences.map((text, index) => ({ text, cut: !used.has(`${story.record.id}#${index}`) })),
    })),
    pieces: draft.flat().map((piece) => ({ text: piece.text, added: piece.from.length === 0 })),
  };
}

function headline(record: StoryRecord): string {
  // Reuters-21578 titles carry ticker marks ("Standard Oil <SRD> To Form ..."); outlets drop them.
  return record.title.replace(/\s*<[^>]*>/g, '').trim();
}

/** Cases interleaved by kind (verbatim, trim-bottom, ..., verbatim, ...), so any prefix is a balanced sample. */
export function generateCases(records: readonly StoryRecord[], options: GenerateOptions): SyntheticCase[] {
  const kinds = options.kinds ?? KINDS;
  const pool = rngFor(options.seed, 'pool').shuffle(eligibleStories(records, options.minSentences, options.minParagraphs));
  const used = new Set<string>();
  // The first unused story of the pool that passes the first test it can pass.
  const take = (...accept: Array<(s: SourceStory) => boolean>): SourceStory => {
    for (const test of accept) {
      const story = pool.find((s) => !used.has(s.record.id) && test(s));
      if (story) {
        used.add(story.record.id);
        return story;
      }
    }
    throw new Error('not enough eligible stories for the synthetic pages');
  };
  const any = (): boolean => true;

  const cases: SyntheticCase[] = [];
  for (let round = 0; round < options.perKind; round++) {
    for (const kind of kinds) {
      const id = `${kind}-${round}`;
      const rng = rngFor(options.seed, id);
      const story = take(NEEDS[kind] ?? any);
      // Outlets merge stories on the same subject; a partner sharing a topic is the realistic (and harder) case.
      const topics = new Set(story.record.topics ?? []);
      const partner =
        kind === 'two-story' ? take((s) => (s.record.topics ?? []).some((t) => topics.has(t)), any) : undefined;
      const { draft, quoteEdit } = generate(kind, { story, partner, outlet: rng.pick(OUTLETS), rng });
      const derivedFrom = kind === 'not-derived' ? [] : [story, ...(partner ? [partner] : [])];
      cases.push({
        id,
        kind,
        page: { page: `synthetic:${id}`, title: headline(story.record), paragraphs: pageParagraphs(draft) },
        ...truthOf(draft, derivedFrom),
        ...(kind === 'not-derived' ? { heldOut: story.record.id } : {}),
        ...(quoteEdit ? { quoteEdit } : {}),
      });
    }
  }
  return cases;
}
