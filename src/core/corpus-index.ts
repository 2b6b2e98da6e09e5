/**
 * Candidate retrieval: an inverted index from term to stories, queried with the page's rarest terms.
 * Terms common to many stories (background, boilerplate, frequent words) are skipped, so a query touches only
 * short postings lists and its cost grows sub-linearly with the corpus. Stories are added to a mutable delta;
 * `freeze` compacts everything into flat typed arrays (CSR), which is also the persisted layout, so loading an
 * index is a few array views, not a rebuild.
 */
import { prepare, type PreparedText } from './document';
import { pageTerms, storyTerms } from './story-terms';
import type { PageInput, StoryRecord } from './types';

export interface Candidate {
  id: string;
  score: number;
  /** Share of the query's weighted terms the story holds, 0..1 (a near-duplicate holds nearly all). */
  share: number;
}

interface Frozen {
  terms: Uint32Array; // sorted term hashes
  offsets: Uint32Array; // postings of terms[i] are postings[offsets[i] .. offsets[i+1])
  postings: Uint32Array; // story ordinals, ascending per term
}

export const RETRIEVAL = {
  /** Terms found in more than this share of stories are skipped (once the corpus is big enough to tell). */
  maxDocumentShare: 0.05,
  /**
   * ...or in more than this many stories whatever the corpus size (5% of 10,000), so a query's work stops growing
   * with the corpus. At 100,000 stories a bound of 1,500 took twice as long for the same sources; at 19,000 (where
   * 5% is 950) the evaluation's answers are the same with 500.
   */
  maxDocumentCount: 500,
  minCorpusForSkipping: 200,
  /** The page's rarest terms used per query. */
  queryTerms: 256,
};

const MAGIC = 0x31585457; // "WTX1"
const EMPTY: Frozen = { terms: new Uint32Array(0), offsets: new Uint32Array(1), postings: new Uint32Array(0) };

/** Where `value` is in ascending `sorted` (term hashes, or a term's postings), -1 if absent. */
function indexIn(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid];
    if (at === value) return mid;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A stored index can be cut short (an interrupted write) or damaged: say so rather than fail deep inside. */
function corrupt(why: string): never {
  throw new Error(`Corrupt Wiretrace index (${why})`);
}

export class CorpusIndex {
  private storyIds: string[] = [];
  private ordinals = new Map<string, number>();
  private termCounts: number[] = [];
  private dead = new Set<number>();
  private frozen: Frozen = EMPTY;
  private delta = new Map<number, number[]>();
  private deltaSize = 0;
  private totalTerms = 0;
  private scratch = new Float64Array(0);

  /** Add (or replace) a story. */
  add(story: StoryRecord): void {
    this.addTerms(story.id, storyTerms(story));
  }

  /** Add a story whose terms were computed elsewhere (`storyTerms`), e.g. off the main thread. */
  addTerms(id: string, terms: Uint32Array): void {
    this.remove(id);
    const ordinal = this.storyIds.length;
    this.storyIds.push(id);
    this.ordinals.set(id, ordinal);
    this.termCounts.push(terms.length);
    this.totalTerms += terms.length;
    for (const term of terms) {
      const list = this.delta.get(term);
      if (list) list.push(ordinal);
      else this.delta.set(term, [ordinal]);
    }
    this.deltaSize += terms.length;
  }

  remove(id: string): boolean {
    const ordinal = this.ordinals.get(id);
    if (ordinal === undefined) return false;
    this.ordinals.delete(id);
    this.dead.add(ordinal);
    this.totalTerms -= this.termCounts[ordinal];
    return true;
  }

  has(id: string): boolean {
    return this.ordinals.has(id);
  }

  get size(): number {
    return this.ordinals.size;
  }

  ids(): string[] {
    return [...this.ordinals.keys()];
  }

  /** Postings of a term in the frozen part and the delta. */
  private postingsOf(term: number): [Uint32Array, number[] | undefined] {
    const at = indexIn(this.frozen.terms, term);
    const frozen = at < 0 ? EMPTY.postings : this.frozen.postings.subarray(this.frozen.offsets[at], this.frozen.offsets[at + 1]);
    return [frozen, this.delta.get(term)];
  }

  /** Stories most likely to be the page's source, best first. */
  query(page: PageInput | PreparedText, limit = 20): Candidate[] {
    return this.rank(pageTerms('sentences' in page ? page : prepare(page.paragraphs)), limit);
  }

  /**
   * Stories sharing the most rare terms with a story (its near-duplicates and earlier versions first). With
   * `minShare`, only stories holding at least that share of the story's weighted terms are returned, which skips
   * most of the work (an import asks this of every story it stores).
   */
  similarTo(story: Pick<StoryRecord, 'title' | 'text'>, limit = 20, minShare = 0): Candidate[] {
    return this.rank(storyTerms(story), limit, minShare);
  }

  /** `terms`: weighted terms, or terms of weight 1 (a story's, given as they are, not copied into a Map). */
  private rank(terms: Map<number, number> | Uint32Array, limit: number, minShare = 0): Candidate[] {
    const n = this.size;
    if (n === 0 || limit <= 0) return [];
    const maxDf =
      n >= RETRIEVAL.minCorpusForSkipping ? Math.max(2, Math.min(n * RETRIEVAL.maxDocumentShare, RETRIEVAL.maxDocumentCount)) : Infinity;
    const weighted: Array<{ idf: number; frozen: Uint32Array; delta?: number[] }> = [];
    const weigh = (term: number, weight: number) => {
      const [frozen, delta] = this.postingsOf(term);
      const df = frozen.length + (delta?.length ?? 0);
      if (df > 0 && df <= maxDf) weighted.push({ idf: Math.log(1 + n / df) * weight, frozen, delta });
    };
    if (terms instanceof Map) for (const [term, weight] of terms) weigh(term, weight);
    else for (const term of terms) weigh(term, 1);
    weighted.sort((a, b) => b.idf - a.idf);
    // One scratch array per index, reset after each query: a fresh one per query was most of an import's garbage.
    if (this.scratch.length < this.storyIds.length) this.scratch = new Float64Array(Math.max(1024, this.storyIds.length * 2));
    const scores = this.scratch;
    const touched: number[] = [];
    const credit = (ordinal: number, idf: number) => {
      if (scores[ordinal] === 0) touched.push(ordinal);
      scores[ordinal] += idf;
    };
    const used = weighted.slice(0, RETRIEVAL.queryTerms);
    const total = used.reduce((sum, { idf }) => sum + idf, 0);
    const needed = minShare * total * (1 - 1e-9);
    // The terms from `open` on weigh less together than `minShare` of the total: a story holding none of the
    // terms before them cannot reach minShare, so they only add to stories already touched.
    let open = minShare > 0 ? 0 : used.length;
    let rest = total;
    for (; open < used.length && rest >= needed; open++) rest -= used[open].idf;
    // From `open` on, a story that cannot reach minShare with every term left is dropped: for a story with no
    // near-duplicate (most of an import), the candidates run out after a few terms.
    let alive = touched;
    for (let i = 0; i < used.length; i++) {
      const { idf, frozen, delta } = used[i];
      if (i < open) {
        for (const ordinal of frozen) credit(ordinal, idf);
        if (delta) for (const ordinal of delta) credit(ordinal, idf);
        continue;
      }
      // Only a search with a minimum share gets here (without one, every term is open).
      alive = alive.filter((ordinal) => scores[ordinal] + rest >= needed);
      if (alive.length === 0) break;
      rest -= idf;
      const postings = frozen.length + (delta?.length ?? 0);
      if (alive.length * Math.log2(postings + 2) < postings) {
        // Fewer stories in the running than postings: look each up rather than walk the list.
        for (const ordinal of alive) if (indexIn(frozen, ordinal) >= 0 || (delta !== undefined && indexIn(delta, ordinal) >= 0)) scores[ordinal] += idf;
      } else {
        for (const ordinal of frozen) if (scores[ordinal] !== 0) scores[ordinal] += idf;
        if (delta) for (const ordinal of delta) if (scores[ordinal] !== 0) scores[ordinal] += idf;
      }
    }
    if (minShare > 0) alive = alive.filter((ordinal) => scores[ordinal] >= needed);
    const average = this.totalTerms / n || 1;
    // Keep the best `limit` in a small sorted array: sorting every story touched costs more than the query at 100k.
    const best: Array<{ ordinal: number; score: number }> = [];
    const before = (score: number, ordinal: number, other: { ordinal: number; score: number }) =>
      score > other.score || (score === other.score && ordinal < other.ordinal);
    const checkDead = this.dead.size > 0;
    for (const ordinal of alive) {
      // Long stories share more terms with anything; damp that mildly (a short page may copy a long story). The
      // damped score is at most twice the raw one: most stories touched are out of the running before damping.
      const raw = scores[ordinal];
      if (best.length === limit && raw * 2 < best[limit - 1].score) continue;
      const score = (raw * 2) / (1 + Math.sqrt(this.termCounts[ordinal] / average));
      if (best.length === limit && !before(score, ordinal, best[limit - 1])) continue;
      if (checkDead && this.dead.has(ordinal)) continue;
      let at = best.length < limit ? best.length : limit - 1;
      best[at] = { ordinal, score };
      while (at > 0 && before(best[at].score, best[at].ordinal, best[at - 1])) {
        [best[at], best[at - 1]] = [best[at - 1], best[at]];
        at--;
      }
    }
    const found = best.map(({ ordinal, score }) => ({ id: this.storyIds[ordinal], score, share: total > 0 ? scores[ordinal] / total : 0 }));
    for (const ordinal of touched) scores[ordinal] = 0;
    return found;
  }

  /** Compact the delta and drop removed stories: everything into flat typed arrays. */
  freeze(): void {
    if (this.deltaSize === 0 && this.dead.size === 0) return;
    const renumber = new Int32Array(this.storyIds.length).fill(-1);
    const ids: string[] = [];
    const counts: number[] = [];
    this.storyIds.forEach((id, ordinal) => {
      if (this.dead.has(ordinal)) return;
      renumber[ordinal] = ids.length;
      ids.push(id);
      counts.push(this.termCounts[ordinal]);
    });
    const perTerm = new Map<number, number>();
    const { terms, offsets, postings } = this.frozen;
    for (let i = 0; i < terms.length; i++) {
      let live = 0;
      for (let p = offsets[i]; p < offsets[i + 1]; p++) if (renumber[postings[p]] >= 0) live++;
      if (live) perTerm.set(terms[i], live);
    }
    for (const [term, list] of this.delta) {
      const live = list.filter((ordinal) => renumber[ordinal] >= 0).length;
      if (live) perTerm.set(term, (perTerm.get(term) ?? 0) + live);
    }
    const newTerms = Uint32Array.from(perTerm.keys()).sort();
    const newOffsets = new Uint32Array(newTerms.length + 1);
    for (let i = 0; i < newTerms.length; i++) newOffsets[i + 1] = newOffsets[i] + (perTerm.get(newTerms[i]) ?? 0);
    const newPostings = new Uint32Array(newOffsets[newTerms.length]);
    const fill = newOffsets.slice(0, newTerms.length);
    const place = (term: number, ordinal: number) => {
      const target = renumber[ordinal];
      if (target < 0) return;
      const at = indexIn(newTerms, term);
      newPostings[fill[at]++] = target;
    };
    for (let i = 0; i < terms.length; i++) for (let p = offsets[i]; p < offsets[i + 1]; p++) place(terms[i], postings[p]);
    for (const [term, list] of this.delta) for (const ordinal of list) place(term, ordinal);
    this.frozen = { terms: newTerms, offsets: newOffsets, postings: newPostings };
    this.storyIds = ids;
    this.termCounts = counts;
    this.ordinals = new Map(ids.map((id, ordinal) => [id, ordinal]));
    this.dead.clear();
    this.delta.clear();
    this.deltaSize = 0;
  }

  /** The persisted layout: a small JSON header (ids) and the CSR arrays, little-endian. */
  serialize(): Uint8Array {
    this.freeze();
    const header = new TextEncoder().encode(JSON.stringify({ ids: this.storyIds }));
    const headerPadded = Math.ceil(header.length / 4) * 4;
    const { terms, offsets, postings } = this.frozen;
    const counts = Uint32Array.from(this.termCounts);
    const words = 4 + counts.length + terms.length + offsets.length + postings.length;
    const out = new Uint8Array(16 + headerPadded + words * 4);
    const view = new DataView(out.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, header.length, true);
    out.set(header, 16);
    const body = new Uint32Array(out.buffer, 16 + headerPadded, words);
    body.set([counts.length, terms.length, offsets.length, postings.length]);
    let at = 4;
    for (const array of [counts, terms, offsets, postings]) {
      body.set(array, at);
      at += array.length;
    }
    return out;
  }

  static deserialize(bytes: Uint8Array): CorpusIndex {
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    const view = new DataView(aligned.buffer, aligned.byteOffset, aligned.byteLength);
    if (aligned.byteLength < 16 || view.getUint32(0, true) !== MAGIC) throw new Error('Not a Wiretrace index (bad magic)');
    const headerLength = view.getUint32(4, true);
    const bodyAt = 16 + Math.ceil(headerLength / 4) * 4;
    if (bodyAt + 16 > aligned.byteLength) corrupt('truncated header');
    let ids: unknown;
    try {
      ids = (JSON.parse(new TextDecoder().decode(aligned.subarray(16, 16 + headerLength))) as { ids?: unknown }).ids;
    } catch {
      corrupt('unreadable header');
    }
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) corrupt('no story ids in header');
    const start = aligned.byteOffset + bodyAt;
    const sizes = new Uint32Array(aligned.buffer, start, 4);
    if (bodyAt + 16 + (sizes[0] + sizes[1] + sizes[2] + sizes[3]) * 4 > aligned.byteLength) corrupt('truncated');
    if (sizes[0] !== ids.length || sizes[2] !== sizes[1] + 1) corrupt('inconsistent sizes');
    let at = start + 16;
    const take = (length: number) => {
      const array = new Uint32Array(aligned.buffer, at, length);
      at += length * 4;
      return array;
    };
    const counts = take(sizes[0]);
    const index = new CorpusIndex();
    index.frozen = { terms: take(sizes[1]), offsets: take(sizes[2]), postings: take(sizes[3]) };
    index.storyIds = ids;
    index.termCounts = Array.from(counts);
    index.totalTerms = index.termCounts.reduce((sum, count) => sum + count, 0);
    index.ordinals = new Map(ids.map((id, ordinal) => [id, ordinal]));
    return index;
  }
}
