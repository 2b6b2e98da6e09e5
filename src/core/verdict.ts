/**
 * The decision for one page against one source: coverage, reuse, verdict and confidence.
 * A verdict needs anchors: page sentences sharing words or numbers with the source outside quotations. An original
 * article that quotes the same people, or names the same people, has none and is not a copy. Once anchored, quoted
 * sentences the page carries word for word (attribution included) count too: a reprint copies its quotes as well.
 */
import type { Alignment } from './align';
import type { PageSentenceResult, SourceSentenceResult, Verdict } from './types';

export const VERDICT = {
  /** Share of page sentences carrying the source's evidence for "derived" (the page is mostly this story). */
  derived: 0.5,
  /** For "partial": a substantial part — this share of the page... */
  partial: 0.15,
  /** ...and at least this many page sentences carried (fewer can be coincidence on a shared event). */
  partialMinSentences: 3,
  /** Anchors a verdict needs (fewer on a page that short). */
  anchors: 2,
};

export interface Evidence {
  /** Page sentences with at least one link whose shared words and numbers lie outside quotations (anchors). */
  sentences: number;
  /** Anchors plus page sentences carried word for word in both directions, quotes included. */
  carried: number;
  /** Sum over those sentences of their strongest link's strength. */
  strength: number;
}

/** Both sentences keep (nearly) all of each other's words in order. */
const VERBATIM = 0.9;

export function evidenceOf(alignment: Alignment): Evidence {
  let sentences = 0;
  let carried = 0;
  let strength = 0;
  for (const links of alignment.byPage) {
    const backed = links.filter((link) => link.score.evidence > 0);
    if (backed.length > 0) {
      sentences++;
      carried++;
      strength += Math.max(...backed.map((link) => link.strength));
    } else if (links.some((link) => link.score.sourceInOrder >= VERBATIM && link.score.pageInOrder >= VERBATIM)) {
      carried++;
    }
  }
  return { sentences, carried, strength };
}

export function share<T extends { status: string }>(items: T[], statuses: string[]): number {
  if (items.length === 0) return 0;
  return items.filter((item) => statuses.includes(item.status)).length / items.length;
}

export function coverageOf(sourceSentences: SourceSentenceResult[]): number {
  return share(sourceSentences, ['kept', 'paraphrased']);
}

export function reuseOf(pageSentences: PageSentenceResult[]): number {
  return share(pageSentences, ['copied', 'paraphrased']);
}

export function verdictOf(evidence: Evidence, pageSentenceCount: number): Verdict {
  if (pageSentenceCount === 0 || evidence.sentences < Math.min(VERDICT.anchors, pageSentenceCount)) return 'none';
  const part = evidence.carried / pageSentenceCount;
  if (part >= VERDICT.derived) return 'derived';
  if (part >= VERDICT.partial && evidence.carried >= VERDICT.partialMinSentences) return 'partial';
  return 'none';
}

/** Confidence that the page draws on the source: grows with the evidence, shrinks when a rival explains as much. */
export function confidenceOf(evidence: Evidence, verdict: Verdict, rivalShare = 0): number {
  const strength = 1 - Math.exp(-evidence.strength / 1.5);
  const distinct = 1 - Math.min(1, Math.max(0, rivalShare));
  const value = strength * (0.4 + 0.6 * distinct) * (verdict === 'none' ? 0.5 : 1);
  return Math.round(value * 1000) / 1000;
}
