/**
 * Wire-site capture: a story the user reads on a wire agency's own site joins the corpus, instead of being traced
 * against it (where it would only find itself, or an older version of itself). It goes through the corpus import
 * path, so a revisit of the same URL (same id) changes nothing, or stores the story's new text.
 */
import type { ExtractedPage } from '../messages';
import type { BackgroundApi } from '../platform/browser-api';
import { readSettings } from '../platform/settings';
import { captureSiteFor, readCaptureSettings } from '../platform/wire-sites';
import { wireStory } from './capture-page';
import type { CorpusService } from './corpus-service';
import type { TabTracker } from './tab-tracker';

export interface CaptureDeps {
  api: BackgroundApi;
  corpus: CorpusService;
  tracker: TabTracker;
}

/** Captures the tab's extracted page when it is a wire story to capture; false when it is not (trace it instead). */
export async function captureWirePage(deps: CaptureDeps, tabId: number, url: string, page: ExtractedPage | null): Promise<boolean> {
  if (!page) return false;
  const [settings, capture] = await Promise.all([readSettings(deps.api), readCaptureSettings(deps.api)]);
  const site = captureSiteFor(url, settings, capture);
  if (!site) return false;
  // The tracker learns the tab's page from this report, as it would from a trace (so navigation clears the badge).
  await deps.tracker.navigated(tabId, url);
  const outcome = await deps.corpus.importRecords([wireStory(page, site)]);
  // A story the corpus refuses (no text) or has no room for is left to the ordinary trace: the tab shows that,
  // not a capture that did not happen.
  if (outcome.errors.length > 0 || outcome.storageFull) return false;
  await deps.tracker.markCaptured(tabId, page);
  return true;
}
