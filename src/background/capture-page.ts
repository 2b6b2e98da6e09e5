/** A page the user adds to the corpus ("this page is a wire story"), as a corpus record. */
import type { StoryRecord } from '../core/types';
import type { ExtractedPage } from '../messages';

export function storyFromPage(page: ExtractedPage, agency?: string): StoryRecord {
  const url = (page.canonicalUrl ?? page.url).split('#')[0];
  const record: StoryRecord = {
    id: url,
    agency: agency?.trim() || page.siteName?.trim() || new URL(url).hostname,
    title: page.title,
    text: page.paragraphs.join('\n\n'),
    url,
  };
  if (page.publishedTime) record.published = page.publishedTime;
  return record;
}
