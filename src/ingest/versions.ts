/**
 * Story versions: a story that arrives again — the same id, the same URL, or (when the caller can search by text)
 * near-identical text from the same agency — becomes a new version of one story instead of a duplicate, and an
 * identical re-delivery changes nothing. Every version is its own record (its own id, the story's `storyId`, its
 * `version`), so tracing compares a page with each version and says which one it follows.
 * Pure: what is already stored comes through `StoredStories`, so the extension (IndexedDB) and the CLI (files in
 * memory) assign versions the same way.
 */
import { align } from '../core/align';
import { classifyPage, classifySource } from '../core/classify';
import { prepare, type PreparedText } from '../core/document';
import { paragraphsOf } from '../core/paragraphs';
import { coverageOf, reuseOf } from '../core/verdict';
import { CorpusIndex } from '../core/corpus-index';
import { storyTerms } from '../core/story-terms';
import type { StoryRecord } from '../core/types';

export interface StoredStories {
  byId(id: string): Promise<StoryRecord | undefined>;
  byUrl(url: string): Promise<StoryRecord[]>;
  /** Every stored version of a story: records whose `storyId` (or `id`, when they have none) is `storyId`. */
  versionsOf(storyId: string): Promise<StoryRecord[]>;
  /** Stored records whose text may be near-identical to `record`'s; without it only ids and URLs match. */
  similar?(record: StoryRecord): Promise<StoryRecord[]>;
}

export interface VersionPlan {
  /** Records to store, each with its final id: new stories, new versions, and earlier versions given storyId/version. */
  put: StoryRecord[];
  /** Incoming records that started a story, that added a version or changed a version's details, that changed nothing. */
  added: number;
  updated: number;
  unchanged: number;
}

/** Both ways at least this share of sentences carried over: the same story, re-sent with small edits. */
export const NEAR_IDENTICAL = 0.8;
/**
 * Share of a story's rare index terms (stems, names, numbers, weighted by rarity) a stored story must hold before the
 * engine is asked whether the two are near-identical: stories on one subject share many terms, versions nearly all.
 */
const TERM_OVERLAP = 0.7;
/** Texts shorter than this (in sentences) are too short to call near-identical: a snap differs from another by a word. */
const MIN_SENTENCES = 3;
/** Retrieval candidates checked for near-identical text. */
const TEXT_CANDIDATES = 2;

export function storyKey(record: StoryRecord): string {
  return record.storyId ?? record.id;
}

/**
 * Whether `record` supersedes `newest` as its story's newest version: a higher version number, or an equal one met
 * later (records stored before versions were numbered are all version 1).
 */
export function supersedes(record: Pick<StoryRecord, 'version'>, newest: Pick<StoryRecord, 'version'>): boolean {
  return (record.version ?? 1) >= (newest.version ?? 1);
}

/** Nothing stored yet, matched by id and URL only: the CLI, whose corpus is all in the files given. */
export const noStories: StoredStories = {
  byId: async () => undefined,
  byUrl: async () => [],
  versionsOf: async () => [],
};

/** Stories held in memory: the CLI's whole corpus, and each import's records not yet stored. */
export class MemoryStories implements StoredStories {
  readonly records = new Map<string, StoryRecord>();
  private readonly urls = new Map<string, Set<string>>();
  private readonly stories = new Map<string, Set<string>>();
  /** The batch's own records searchable by text, when text is matched (terms are memoised, so this is cheap). */
  private readonly texts: CorpusIndex | null;

  constructor(options: { matchText?: boolean } = {}) {
    this.texts = options.matchText ? new CorpusIndex() : null;
  }

  put(record: StoryRecord): void {
    const previous = this.records.get(record.id);
    if (previous) {
      if (previous.url) this.urls.get(previous.url)?.delete(previous.id);
      this.stories.get(storyKey(previous))?.delete(previous.id);
      this.texts?.remove(previous.id);
    }
    this.records.set(record.id, record);
    if (record.url) addTo(this.urls, record.url, record.id);
    addTo(this.stories, storyKey(record), record.id);
    this.texts?.addTerms(record.id, storyTerms(record));
  }

  async byId(id: string): Promise<StoryRecord | undefined> {
    return this.records.get(id);
  }

  async byUrl(url: string): Promise<StoryRecord[]> {
    return this.recordsOf(this.urls.get(url));
  }

  async versionsOf(storyId: string): Promise<StoryRecord[]> {
    return this.recordsOf(this.stories.get(storyId));
  }

  /** The records sharing the most rare terms with `record`. */
  async similar(record: StoryRecord): Promise<StoryRecord[]> {
    return this.texts ? this.recordsOf(textCandidates(this.texts, record)) : [];
  }

  private recordsOf(ids: Iterable<string> | undefined): StoryRecord[] {
    return [...(ids ?? [])].map((id) => this.records.get(id)!);
  }
}

/** Ids of the indexed records most likely to hold `record`'s text, for the near-identical check. */
export function textCandidates(index: CorpusIndex, record: StoryRecord): string[] {
  return index.similarTo(record, TEXT_CANDIDATES, TERM_OVERLAP).map(({ id }) => id);
}

function addTo<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  const ids = map.get(key);
  if (ids) ids.add(id);
  else map.set(key, new Set([id]));
}

/**
 * Assigns each incoming record to a story, in order (later records see earlier ones). A new story keeps the record
 * as it came; a new version keeps its id when that id is free, else gets `${storyId}~v${n}`; a record whose title
 * and text equal a stored version's is that version (its other details updated when they differ).
 */
export async function assignVersions(incoming: StoryRecord[], stored: StoredStories): Promise<VersionPlan> {
  const batch = new MemoryStories({ matchText: stored.similar !== undefined });
  const plan: VersionPlan = { put: [], added: 0, updated: 0, unchanged: 0 };
  const byId = async (id: string) => (await batch.byId(id)) ?? (await stored.byId(id));
  const merged = async (fromStore: Promise<StoryRecord[]>, fromBatch: Promise<StoryRecord[]>) => {
    const records = new Map((await fromStore).map((record) => [record.id, record]));
    for (const record of await fromBatch) records.set(record.id, record);
    return [...records.values()];
  };
  const lookup = {
    byId,
    byUrl: (url: string) => merged(stored.byUrl(url), batch.byUrl(url)),
    versionsOf: (storyId: string) => merged(stored.versionsOf(storyId), batch.versionsOf(storyId)),
    similar: stored.similar && ((record: StoryRecord) => merged(stored.similar!(record), batch.similar(record))),
  };

  for (const record of incoming) {
    const storyId = await storyOf(record, lookup);
    const versions = storyId === undefined ? [] : await lookup.versionsOf(storyId);
    if (storyId === undefined || versions.length === 0) {
      // A record naming its story (a backup) may carry an id another story's record has in a corpus in use.
      const id = record.storyId === undefined ? record.id : await freeId(record.id, `${record.storyId}~v${record.version ?? 1}`, byId);
      batch.put(id === record.id ? record : { ...record, id });
      plan.added += 1;
      continue;
    }
    const same = versions.find((version) => version.title === record.title && version.text === record.text);
    if (same) {
      const { storyId: _story, version: _version, ...details } = record;
      const refreshed = { ...details, id: same.id, ...identity(same) };
      if (sameDetails(same, refreshed)) {
        plan.unchanged += 1;
      } else {
        batch.put(refreshed);
        plan.updated += 1;
      }
      continue;
    }
    const used = new Set(versions.map((version) => version.version ?? 1));
    for (const version of versions) {
      if (version.storyId === undefined || version.version === undefined) batch.put({ ...version, storyId, version: version.version ?? 1 });
    }
    const number = record.version !== undefined && !used.has(record.version) ? record.version : Math.max(...used) + 1;
    batch.put({ ...record, id: await freeId(record.id, `${storyId}~v${number}`, byId), storyId, version: number });
    plan.updated += 1;
  }
  plan.put = [...batch.records.values()];
  return plan;
}

/** The story a record belongs to, if it is already known: named, same id, same URL, or near-identical text. */
async function storyOf(record: StoryRecord, lookup: StoredStories): Promise<string | undefined> {
  if (record.storyId !== undefined) return record.storyId;
  const sameId = await lookup.byId(record.id);
  if (sameId) return storyKey(sameId);
  if (record.url) {
    const [sameUrl] = await lookup.byUrl(record.url);
    if (sameUrl) return storyKey(sameUrl);
  }
  if (!lookup.similar || !searchesText(record)) return undefined;
  const agency = record.agency.toLowerCase();
  let prepared: PreparedText | undefined;
  for (const candidate of await lookup.similar(record)) {
    if (candidate.agency.toLowerCase() !== agency || roughSentences(candidate.text) < MIN_SENTENCES) continue;
    prepared ??= prepare(paragraphsOf(record.text));
    if (nearIdentical(prepare(paragraphsOf(candidate.text)), prepared)) return storyKey(candidate);
  }
  return undefined;
}

/**
 * Whether both texts have at least MIN_SENTENCES sentences and each carries over NEAR_IDENTICAL of the other's:
 * `compare`'s coverage and reuse, from the alignment alone. The rest of `compare` (the changes in quotes, numbers
 * and names, the verdict) only tells kept from paraphrased, which both count, and took a third of the time.
 */
function nearIdentical(source: PreparedText, page: PreparedText): boolean {
  if (Math.min(source.sentences.length, page.sentences.length) < MIN_SENTENCES) return false;
  const alignment = align(source, page, { linkIdentical: false });
  return coverageOf(classifySource(source, alignment)) >= NEAR_IDENTICAL && reuseOf(classifyPage(page, alignment)) >= NEAR_IDENTICAL;
}

/**
 * Whether a record not matched by id or URL is searched for near-identical text: one naming its story never is,
 * nor one too short to call near-identical.
 */
export function searchesText(record: StoryRecord): boolean {
  return record.storyId === undefined && roughSentences(record.text) >= MIN_SENTENCES;
}

/**
 * An upper bound on the sentences, counted without segmenting: every sentence ends at a full stop, question or
 * exclamation mark, a paragraph break or the end of the text (an abbreviation only adds to the count). A text it
 * puts under MIN_SENTENCES is too short for the engine's check too, so the check is skipped cheaply.
 */
function roughSentences(text: string): number {
  return (text.trim().match(/[.!?]["')\]]*\s|\n\s*\n/g) ?? []).length + 1;
}

function identity(record: StoryRecord): Pick<StoryRecord, 'storyId' | 'version'> {
  return { ...(record.storyId !== undefined && { storyId: record.storyId }), ...(record.version !== undefined && { version: record.version }) };
}

function sameDetails(a: StoryRecord, b: StoryRecord): boolean {
  const fields = ['agency', 'url', 'published', 'dateline', 'storyId', 'version'] as const;
  return fields.every((field) => a[field] === b[field]) && JSON.stringify(a.topics) === JSON.stringify(b.topics);
}

/** The incoming id when no record has it yet, else the version's own id (suffixed in the unlikely case it is taken). */
async function freeId(wanted: string, versionId: string, byId: (id: string) => Promise<StoryRecord | undefined>): Promise<string> {
  if (!(await byId(wanted))) return wanted;
  let id = versionId;
  for (let n = 2; await byId(id); n++) id = `${versionId}~${n}`;
  return id;
}
