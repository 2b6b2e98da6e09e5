/** Scores one traced synthetic page against its ground truth. Pure: the texts of stories come in through `storyText`. */
import type { TraceResult, Verdict } from '../../src/core/types';
import type { SyntheticCase } from '../synth/index';
import { labelByText } from './label-by-text';
import { addCounts, countOne, NO_COUNTS, type Counts } from './metrics';
import { NEAR_DUPLICATE, storySimilarity } from './similarity';

export interface CaseScore {
  id: string;
  kind: SyntheticCase['kind'];
  verdict: Verdict | 'error';
  sourceId: string | null;
  /** The main story the page derives from, or the held-out story it copies (pages that derive from nothing). */
  expectedId: string;
  /** Derived pages: a derived or partial verdict naming the main story. */
  correct: boolean;
  /** Another story was named, but it is a near-duplicate (≥ 0.8 similar) of the expected one. */
  nearDuplicate: boolean;
  /** Pages that derive from nothing: any verdict but none. */
  falseSource: boolean;
  /** Source sentences the engine called cut vs cut by the generator; null when the named source is not a true one. */
  cut: Counts | null;
  /** Page sentences the engine called added vs added by the generator; null unless the source is right. */
  added: Counts | null;
  /** Engine sentences whose truth could not be found by text (left out of the counts). */
  unmapped: string[];
  /** Changes (quote/number/name) reported on a page whose facts were left alone; null where facts were changed. */
  spuriousChanges: number | null;
  /** Two-story pages: the second story is reported (as main or additional source). */
  secondSourceFound: boolean | null;
  /** Quote pages: a quote change is reported. */
  quoteChangeFound: boolean | null;
  quoteEdit?: SyntheticCase['quoteEdit'];
}

function tally(pairs: readonly { text: string; predicted: boolean; truth: boolean | null }[]): { counts: Counts; unmapped: string[] } {
  let counts = NO_COUNTS;
  const unmapped: string[] = [];
  for (const { text, predicted, truth } of pairs) {
    if (truth === null) unmapped.push(text);
    else counts = addCounts(counts, countOne(predicted, truth));
  }
  return { counts, unmapped };
}

export function scoreCase(c: SyntheticCase, result: TraceResult | null, storyText: (id: string) => string | undefined): CaseScore {
  const expectedId = c.heldOut ?? c.sources[0].id;
  const verdict = result?.verdict ?? 'error';
  const sourceId = result?.source?.id ?? null;
  const named = verdict === 'derived' || verdict === 'partial';
  const correct = !c.heldOut && named && sourceId === expectedId;
  const expectedText = storyText(expectedId);
  const sourceText = sourceId ? storyText(sourceId) : undefined;
  const nearDuplicate =
    named && sourceId !== expectedId && !!expectedText && !!sourceText && storySimilarity(expectedText, sourceText) >= NEAR_DUPLICATE;

  const truthSource = result && named ? c.sources.find((s) => s.id === sourceId) : undefined;
  const cut = truthSource
    ? tally(
        labelByText(truthSource.sentences.map((s) => ({ text: s.text, label: s.cut })), result!.sourceSentences.map((s) => s.text)).map(
          (truth, i) => ({ text: result!.sourceSentences[i].text, predicted: result!.sourceSentences[i].status === 'cut', truth }),
        ),
      )
    : null;
  const added =
    correct && result
      ? tally(
          labelByText(c.pieces.map((p) => ({ text: p.text, label: p.added })), result.pageSentences.map((s) => s.text)).map(
            (truth, i) => ({ text: result.pageSentences[i].text, predicted: result.pageSentences[i].status === 'added', truth }),
          ),
        )
      : null;

  const second = c.kind === 'two-story' ? c.sources[1]?.id : undefined;
  const reported = new Set([sourceId, ...(result?.additionalSources ?? []).map((s) => s.id)]);
  const factsChanged = c.kind === 'quotes' || !!c.heldOut;
  return {
    id: c.id,
    kind: c.kind,
    verdict,
    sourceId,
    expectedId,
    correct,
    nearDuplicate,
    falseSource: !!c.heldOut && named,
    cut: cut?.counts ?? null,
    added: added?.counts ?? null,
    unmapped: [...(cut?.unmapped ?? []), ...(added?.unmapped ?? [])],
    spuriousChanges: !correct || factsChanged || !result ? null : result.changes.length,
    secondSourceFound: second ? reported.has(second) && reported.has(expectedId) : null,
    quoteChangeFound: c.kind === 'quotes' && correct && result ? result.changes.some((ch) => ch.kind === 'quote') : null,
    ...(c.quoteEdit ? { quoteEdit: c.quoteEdit } : {}),
  };
}
