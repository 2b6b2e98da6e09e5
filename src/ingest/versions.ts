/**
 * Story versions: a story that arrives again — the same id, the same URL, or (when the caller can search by text)
 * near-identical text from the same agency — becomes a new version of one story instead of a duplicate, and an
 * identical re-delivery changes nothing. Every version is its own record (its own id, the story's `storyId`, its
 * `version`), so tracing compares a page with each version and says which one it follows.
 * Pure: what is already stored comes through `StoredStories`, so the extension (IndexedDB) and the CLI (files in
 * memory) assign versions the same way.
 */
import { compare } from '../core/compare';
import type { CorpusIndex } from '../core/corpus-index';
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
 * Shared word triples (each way) below which two texts cannot be near-identical, so the engine is not asked:
 * stories on one subject share words, but only versions of one story share most of their runs of words.
 */
const SHINGLE_OVERLAP = 0.5;
/** Texts shorter than this (in sentences) are too short to call near-identical: a snap differs from another by a word. */
const MIN_SENTENCES = 3;
/** Retrieval candidates checked for near-identical text. */
const TEXT_CANDIDATES = 2;

export function storyKey(record: StoryRecord): string {
  return record.storyId ?? record.id;
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
  /** Word triple -> ids, when text is matched: cheaper than an engine index for a batch seen once. */
  private readonly shingles: Map<string, Set<string>> | null;
  private readonly shinglesById = new Map<string, Set<string>>();

  constructor(options: { matchText?: boolean } = {}) {
    this.shingles = options.matchText ? new Map() : null;
  }

  put(record: StoryRecord): void {
    const previous = this.records.get(record.id);
    if (previous) {
      if (previous.url) this.urls.get(previous.url)?.delete(previous.id);
      this.stories.get(storyKey(previous))?.delete(previous.id);
      for (const shingle of this.shinglesById.get(previous.id) ?? []) this.shingles?.get(shingle)?.delete(previous.id);
    }
    this.records.set(record.id, record);
    if (record.url) addTo(this.urls, record.url, record.id);
    addTo(this.stories, storyKey(record), record.id);
    if (this.shingles) {
      const shingles = shinglesOf(record.text);
      this.shinglesById.set(record.id, shingles);
      for (const shingle of shingles) addTo(this.shingles, shingle, record.id);
    }
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

  /** The records sharing the most word triples with `record`. */
  async similar(record: StoryRecord): Promise<StoryRecord[]> {
    if (!this.shingles) return [];
    const shared = new Map<string, number>();
    for (const shingle of shinglesOf(record.text)) {
      for (const id of this.shingles.get(shingle) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    // The few best, picked in one pass: sorting every record sharing a triple cost more than the check itself.
    const best: Array<[string, number]> = [];
    for (const entry of shared) {
      if (best.length === TEXT_CANDIDATES && entry[1] <= best[TEXT_CANDIDATES - 1][1]) continue;
      if (best.length === TEXT_CANDIDATES) best.pop();
      best.push(entry);
      best.sort((a, b) => b[1] - a[1]);
    }
    return this.recordsOf(best.map(([id]) => id));
  }

  private recordsOf(ids: Iterable<string> | undefined): StoryRecord[] {
    return [...(ids ?? [])].map((id) => this.records.get(id)!);
  }
}

/** Ids of the indexed records most likely to hold `record`'s text, for the near-identical check. */
export function textCandidates(index: CorpusIndex, record: StoryRecord): string[] {
  return index.similarTo(record, TEXT_CANDIDATES).map(({ id }) => id);
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
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
  if (!lookup.similar) return undefined;
  const agency = record.agency.toLowerCase();
  const shingles = shinglesOf(record.text);
  for (const candidate of await lookup.similar(record)) {
    if (candidate.agency.toLowerCase() !== agency || !overlapEnough(shingles, shinglesOf(candidate.text))) continue;
    const { coverage, reuse, sourceSentences, pageSentences } = compare(candidate.text, record.text);
    if (Math.min(sourceSentences.length, pageSentences.length) < MIN_SENTENCES) continue;
    if (coverage >= NEAR_IDENTICAL && reuse >= NEAR_IDENTICAL) return storyKey(candidate);
  }
  return undefined;
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

/**
 * The last few texts' triples (read-only sets): one record's are asked for three times in a row (the batch's
 * search, the check, the batch index), which was the largest cost of importing new stories.
 */
const recentShingles = new Map<string, Set<string>>();
const RECENT_SHINGLES = 16;

function shinglesOf(text: string): Set<string> {
  const known = recentShingles.get(text);
  if (known) return known;
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<string>();
  for (let i = 2; i < words.length; i++) shingles.add(`${words[i - 2]} ${words[i - 1]} ${words[i]}`);
  if (recentShingles.size >= RECENT_SHINGLES) recentShingles.delete(recentShingles.keys().next().value!);
  recentShingles.set(text, shingles);
  return shingles;
}

function overlapEnough(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared >= SHINGLE_OVERLAP * a.size && shared >= SHINGLE_OVERLAP * b.size;
}
