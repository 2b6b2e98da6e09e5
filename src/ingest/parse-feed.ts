/**
 * RSS 2.0 (and RSS 1.0/RDF), Atom 1.0 and JSON Feed 1.x through feedsmith. Each item becomes a story: full text
 * from content:encoded / Atom content / content_html where present, else the description or summary.
 */
import { parseFeed as parseAnyFeed, type AnyFeed } from 'feedsmith';
import { paragraphsOf } from '../core/paragraphs';
import { collapseWhitespace } from '../extract/block-text';
import { hostOf, knownAgency } from './agency';
import { contentId } from './content-id';
import { toIsoDate } from './iso-date';
import { htmlLine, htmlParagraphs, markupParagraphs } from './markup-text';
import { buildRecord } from './story-record';
import type { IngestOptions, ParsedStories } from './types';
import { IngestError } from './types';

type Parse = (html: string) => Document;

/** What Wiretrace needs of a feed item, whatever the format. */
interface FeedEntry {
  id?: string;
  title: string;
  link?: string;
  published?: string;
  authors: string[];
  categories: string[];
  paragraphs: string[];
}

interface FeedInfo {
  title: string;
  link?: string;
  authors: string[];
  entries: FeedEntry[];
  /** What an entry is called in this format, for error messages. */
  entryName: string;
}

const present = (values: (string | undefined)[]): string[] =>
  values.map((value) => collapseWhitespace(value ?? '')).filter((value) => value.length > 0);

/** An Atom text construct: plain unless typed html or xhtml. */
function atomText(text: { value?: string; type?: string } | undefined, parse: Parse): string {
  if (!text?.value) return '';
  return text.type === 'html' || text.type === 'xhtml' ? htmlLine(text.value, parse) : collapseWhitespace(text.value);
}

function atomParagraphs(text: { value?: string; type?: string } | undefined, parse: Parse): string[] {
  if (!text?.value) return [];
  return text.type === 'html' || text.type === 'xhtml' ? htmlParagraphs(text.value, parse) : paragraphsOf(text.value);
}

function atomLink(links: { href?: string; rel?: string }[] | undefined): string | undefined {
  return (links?.find((link) => !link.rel || link.rel === 'alternate') ?? links?.[0])?.href;
}

type Feeds = AnyFeed<string>;

function rssInfo(feed: Extract<Feeds, { format: 'rss' | 'rdf' }>['feed'], parse: Parse): FeedInfo {
  return {
    title: collapseWhitespace(feed.title ?? ''),
    link: feed.link,
    authors: present([...(feed.dc?.creators ?? []), ...(feed.dc?.publishers ?? [])]),
    entryName: 'item',
    entries: (feed.items ?? []).map((item) => {
      const full = item.content?.encoded;
      // RSS 2.0 items have guid, pubDate, author and category; RSS 1.0 (RDF) items rely on rdf:about and dc:*.
      const guid = 'guid' in item ? item.guid?.value : undefined;
      const pubDate = 'pubDate' in item ? item.pubDate : undefined;
      const authors = 'authors' in item ? (item.authors ?? []).map((person) => person.name ?? person.email) : [];
      const categories = 'categories' in item ? (item.categories ?? []).map((category) => category.name) : [];
      return {
        id: guid ?? ('rdf' in item ? item.rdf?.about : undefined),
        title: collapseWhitespace(item.title ?? ''),
        link: item.link,
        published: pubDate ?? item.dc?.dates?.[0],
        authors: present([...authors, ...(item.dc?.creators ?? [])]),
        categories: present([...categories, ...(item.dc?.subjects ?? [])]),
        paragraphs: full ? htmlParagraphs(full, parse) : markupParagraphs(item.description ?? '', parse),
      };
    }),
  };
}

function atomInfo(feed: Extract<Feeds, { format: 'atom' }>['feed'], parse: Parse): FeedInfo {
  return {
    title: atomText(feed.title, parse),
    link: atomLink(feed.links),
    authors: present((feed.authors ?? []).map((person) => person.name)),
    entryName: 'entry',
    entries: (feed.entries ?? []).map((entry) => {
      const content = atomParagraphs(entry.content, parse);
      return {
        id: entry.id,
        title: atomText(entry.title, parse),
        link: atomLink(entry.links),
        published: entry.published ?? entry.updated,
        authors: present((entry.authors ?? []).map((person) => person.name)),
        categories: present((entry.categories ?? []).map((category) => category.label ?? category.term)),
        paragraphs: content.length > 0 ? content : atomParagraphs(entry.summary, parse),
      };
    }),
  };
}

function jsonFeedInfo(feed: Extract<Feeds, { format: 'json' }>['feed'], parse: Parse): FeedInfo {
  return {
    title: collapseWhitespace(feed.title ?? ''),
    link: feed.home_page_url,
    authors: present((feed.authors ?? []).map((author) => author.name)),
    entryName: 'item',
    entries: (feed.items ?? []).map((item) => ({
      id: item.id,
      title: collapseWhitespace(item.title ?? ''),
      link: item.url ?? item.external_url,
      published: item.date_published ?? item.date_modified,
      authors: present((item.authors ?? []).map((author) => author.name)),
      categories: present(item.tags ?? []),
      paragraphs: item.content_html
        ? htmlParagraphs(item.content_html, parse)
        : paragraphsOf(item.content_text ?? item.summary ?? ''),
    })),
  };
}

function readFeed(text: string, parse: Parse): FeedInfo {
  let parsed: Feeds;
  try {
    parsed = parseAnyFeed<string>(text);
  } catch (error) {
    throw new IngestError(`not a feed Wiretrace can read (${(error as Error).message})`);
  }
  switch (parsed.format) {
    case 'rss':
    case 'rdf':
      return rssInfo(parsed.feed, parse);
    case 'atom':
      return atomInfo(parsed.feed, parse);
    case 'json':
      return jsonFeedInfo(parsed.feed, parse);
  }
}

/** Item credits first (an aggregator's items each name their agency), then the feed's title, authors and links. */
function agencyOf(entry: FeedEntry, feed: FeedInfo, opts: IngestOptions): string {
  return (
    opts.agency ??
    knownAgency({ names: [...entry.authors, feed.title, ...feed.authors], urls: [entry.link, feed.link] }) ??
    (feed.title || feed.authors[0] || hostOf(entry.link) || hostOf(feed.link) || 'unknown')
  );
}

export async function parseFeedText(text: string, opts: IngestOptions): Promise<ParsedStories> {
  const info = readFeed(text, opts.parseHtml);
  const parsed: ParsedStories = { records: [], errors: [], lines: [] };
  for (const [index, entry] of info.entries.entries()) {
    const position = index + 1;
    if (entry.paragraphs.length === 0) {
      const title = entry.title ? ` ("${entry.title.slice(0, 60)}")` : '';
      parsed.errors.push({ line: position, reason: `${info.entryName} ${position}${title} has no text` });
      continue;
    }
    const body = entry.paragraphs.join('\n\n');
    const record = buildRecord(
      {
        id: entry.id?.trim() || entry.link?.trim() || (await contentId('feed', `${entry.title}\n\n${body}`)),
        agency: agencyOf(entry, info, opts),
        title: entry.title,
        url: entry.link?.trim(),
        published: toIsoDate(entry.published),
        topics: entry.categories,
      },
      entry.paragraphs,
    );
    parsed.records.push(record);
    parsed.lines.push(position);
  }
  return parsed;
}
