/**
 * IPTC NITF 3.x: one story per document. Headline from body.head/hedline/hl1 (else head/title), text from
 * body.content block by block, id from docdata/doc-id, date from docdata/date.issue.
 */
import { blockTexts } from '../extract/block-text';
import { knownAgency } from './agency';
import { contentId } from './content-id';
import { toIsoDate } from './iso-date';
import { buildRecord } from './story-record';
import type { IngestOptions, ParsedStories } from './types';
import { IngestError } from './types';
import { child, childElements, textOf, xmlTree, type XmlElement } from './xml-tree';

function topicsOf(head: XmlElement | undefined): string[] {
  const subjects = childElements(child(head, 'tobject'), 'tobject.subject');
  const keywords = childElements(child(head, 'docdata', 'key-list'), 'keyword');
  return [
    ...subjects.map((subject) => subject.attrs['tobject.subject.matter'] || subject.attrs['tobject.subject.type'] || ''),
    ...keywords.map((keyword) => keyword.attrs.key ?? ''),
  ].filter((topic) => topic.length > 0);
}

export async function parseNitf(root: XmlElement, opts: IngestOptions): Promise<ParsedStories> {
  if (root.name !== 'nitf') throw new IngestError(`<${root.name}> is not an NITF document`);
  const head = child(root, 'head');
  const docdata = child(head, 'docdata');
  const bodyHead = child(root, 'body', 'body.head');
  const bodyContent = child(root, 'body', 'body.content');
  const paragraphs = bodyContent ? blockTexts(bodyContent, xmlTree) : [];
  if (paragraphs.length === 0) {
    return { records: [], errors: [{ line: 1, reason: 'nitf 1 has no text in body.content' }], lines: [] };
  }

  const distributor = textOf(child(bodyHead, 'distributor'));
  const copyrightHolder = child(docdata, 'doc.copyright')?.attrs.holder ?? '';
  const byline = textOf(child(bodyHead, 'byline'));
  const publication = child(head, 'pubdata')?.attrs.name ?? '';
  const version = Number(child(docdata, 'du-key')?.attrs.version);
  const record = buildRecord(
    {
      id: child(docdata, 'doc-id')?.attrs['id-string'] || (await contentId('nitf', paragraphs.join('\n\n'))),
      agency:
        opts.agency ??
        knownAgency({ names: [distributor, copyrightHolder, byline, publication] }) ??
        (distributor || copyrightHolder || 'unknown'),
      title: textOf(child(bodyHead, 'hedline', 'hl1')) || textOf(child(head, 'title')),
      published: toIsoDate(child(docdata, 'date.issue')?.attrs.norm),
      dateline: textOf(child(bodyHead, 'dateline')),
      topics: topicsOf(head),
      version: Number.isInteger(version) && version >= 1 ? version : undefined,
    },
    paragraphs,
  );
  return { records: [record], errors: [], lines: [1] };
}
