/** What extraction yields for a page. Paragraphs are block-level texts, never run together. */
export interface ExtractedPage {
  url: string;
  canonicalUrl?: string;
  title: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
  paragraphs: string[];
}
