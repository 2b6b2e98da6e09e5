/** A page that is a wire story itself, as a corpus record: added by the user, or captured on a wire site. */
import type { StoryRecord } from '../core/types';
import { toIsoDate } from '../ingest/iso-date';
import type { ExtractedPage } from '../messages';
import { agencyOfSite, type WireSite } from '../platform/wire-sites';

/** Query parameters that only say how the reader arrived; the same story must keep one id whatever they hold. */
const trackingParameter = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|taid|ocid)$/i;

/** The story's id: its canonical URL (else the page's), without the #fragment and tracking parameters. */
export function storyIdOf(page: Pick<ExtractedPage, 'url' | 'canonicalUrl'>): string {
  const url = new URL(page.canonicalUrl ?? page.url);
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) if (trackingParameter.test(name)) url.searchParams.delete(name);
  return url.href;
}

export function storyFromPage(page: ExtractedPage, agency?: string): StoryRecord {
  const id = storyIdOf(page);
  const record: StoryRecord = {
    id,
    agency: agency?.trim() || page.siteName?.trim() || new URL(id).hostname,
    title: page.title,
    text: page.paragraphs.join('\n\n'),
    url: id,
  };
  // Corpus records hold ISO 8601 dates; a page's own date may be written any way, or not be a date at all.
  const published = toIsoDate(page.publishedTime);
  if (published) record.published = published;
  return record;
}

/** A story read on a wire site, credited to the site's agency. */
export function wireStory(page: ExtractedPage, site: WireSite): StoryRecord {
  return storyFromPage(page, agencyOfSite(site, page.siteName));
}
