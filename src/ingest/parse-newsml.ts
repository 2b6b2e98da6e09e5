/**
 * IPTC NewsML-G2 (2.x): a single <newsItem>, or a <newsMessage> whose <itemSet> carries several. Text comes from
 * contentSet/inlineXML (NITF or XHTML body, read block by block) or contentSet/inlineData (plain text).
 */
import { paragraphsOf } from '../core/paragraphs';
import { blockTexts } from '../extract/block-text';
import { knownAgency } from './agency';
import { contentId } from './content-id';
import { toIsoDate } from './iso-date';
import { buildRecord } from './story-record';
import type { IngestOptions, ParsedStories } from './types';
import { IngestError } from './types';
import type { Validation } from './validate-record';
import { child, childElements, descendant, textOf, xmlTree, type XmlElement } from './xml-tree';

function newsItemsOf(root: XmlElement): XmlElement[] {
  if (root.name === 'newsItem') return [root];
  if (root.name === 'newsMessage') return childElements(child(root, 'itemSet'), 'newsItem');
  throw new IngestError(`<${root.name}> is not a NewsML-G2 newsItem or newsMessage`);
}

/** Paragraphs of the first text rendition: the body of inline NITF or XHTML, else inline plain text. */
function paragraphsOfItem(item: XmlElement): string[] {
  const contentSet = child(item, 'contentSet');
  if (!contentSet) return [];
  const inlineXml = child(contentSet, 'inlineXML');
  if (inlineXml) {
    // NITF carries its headline in body.head: the story text is body.content. XHTML has a <head> the walker skips.
    const body = descendant(inlineXml, 'body.content') ?? descendant(inlineXml, 'body') ?? inlineXml;
    return blockTexts(body, xmlTree);
  }
  const inlineData = child(contentSet, 'inlineData');
  return inlineData ? paragraphsOf(inlineData.children.filter((node) => typeof node === 'string').join('')) : [];
}

/** Subject names (or their codes when unnamed), for `topics`. */
function topicsOf(contentMeta: XmlElement | undefined): string[] {
  return childElements(contentMeta, 'subject')
    .map((subject) => textOf(child(subject, 'name')) || subject.attrs.qcode || subject.attrs.literal || '')
    .filter((topic) => topic.length > 0);
}

function providerOf(itemMeta: XmlElement | undefined): { clues: string[]; label?: string } {
  const provider = child(itemMeta, 'provider');
  if (!provider) return { clues: [] };
  const name = textOf(child(provider, 'name'));
  const code = provider.attrs.qcode?.replace(/^[^:]*:/, '');
  return { clues: [name, provider.attrs.literal ?? '', provider.attrs.qcode ?? ''], label: name || provider.attrs.literal || code };
}

async function recordOfItem(item: XmlElement, opts: IngestOptions): Promise<Validation> {
  const itemMeta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');
  const itemClass = child(itemMeta, 'itemClass')?.attrs.qcode;
  if (itemClass && !/:text$/.test(itemClass)) return { problem: `is not a text item (itemClass ${itemClass})` };
  const paragraphs = paragraphsOfItem(item);
  if (paragraphs.length === 0) return { problem: 'has no text in contentSet (inlineXML or inlineData)' };
  const provider = providerOf(itemMeta);
  const credits = [textOf(child(item, 'rightsInfo', 'copyrightHolder', 'name')), textOf(child(contentMeta, 'creditline'))];
  const version = Number(item.attrs.version);
  return {
    record: buildRecord(
      {
        id: item.attrs.guid || (await contentId('newsml', paragraphs.join('\n\n'))),
        agency: opts.agency ?? knownAgency({ names: [...provider.clues, ...credits] }) ?? provider.label ?? 'unknown',
        title: textOf(child(contentMeta, 'headline')),
        published: toIsoDate(textOf(child(itemMeta, 'versionCreated')) || textOf(child(itemMeta, 'firstCreated'))),
        dateline: textOf(child(contentMeta, 'dateline')),
        topics: topicsOf(contentMeta),
        version: Number.isInteger(version) && version >= 1 ? version : undefined,
      },
      paragraphs,
    ),
  };
}

/** One record per newsItem; an item without text is reported by its position (1-based) and guid. */
export async function parseNewsml(root: XmlElement, opts: IngestOptions): Promise<ParsedStories> {
  const parsed: ParsedStories = { records: [], errors: [], lines: [] };
  for (const [index, item] of newsItemsOf(root).entries()) {
    const result = await recordOfItem(item, opts);
    if ('record' in result) {
      parsed.records.push(result.record);
      parsed.lines.push(index + 1);
    } else {
      const guid = item.attrs.guid ? ` (${item.attrs.guid})` : '';
      parsed.errors.push({ line: index + 1, reason: `newsItem ${index + 1}${guid} ${result.problem}` });
    }
  }
  return parsed;
}
