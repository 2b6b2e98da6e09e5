/** A feed subscription as stored in IndexedDB, and how it is shown to the options page. */
import type { FeedPollReport, FeedStatus } from '../../messages';

export interface FeedRow {
  /** The feed's address, normalised (no fragment); the primary key. */
  url: string;
  fullArticle: boolean;
  agency?: string;
  addedAt: number;
  /** When the feed is next polled (epoch ms); indexed, so the alarm finds due feeds without reading all. */
  due: number;
  /** Failed polls in a row; drives the back-off. */
  failures: number;
  /** Validators of the last body that was read successfully, for conditional requests. */
  etag?: string;
  lastModified?: string;
  lastPoll?: number;
  lastSuccess?: number;
  lastError?: string;
  lastErrorAt?: number;
  items: number;
  imported: number;
  lastReport?: FeedPollReport;
  /**
   * Item id -> hash of its title and text as the feed last gave them. An item is imported when it is new or its
   * text changed, so a story the user deleted from the corpus does not come back with every poll.
   */
  seen: Record<string, number>;
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

export function feedStatus(row: FeedRow): FeedStatus {
  const status: FeedStatus = {
    url: row.url,
    fullArticle: row.fullArticle,
    failures: row.failures,
    items: row.items,
    imported: row.imported,
    nextPoll: iso(row.due)!,
  };
  const optional = {
    agency: row.agency,
    lastPoll: iso(row.lastPoll),
    lastSuccess: iso(row.lastSuccess),
    lastError: row.lastError,
    lastErrorAt: iso(row.lastErrorAt),
    lastReport: row.lastReport,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(status, { [key]: value });
  return status;
}
