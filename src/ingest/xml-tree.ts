/**
 * Wire XML (NewsML-G2, NITF) as a small element tree in document order, namespace prefixes dropped, with the
 * look-ups the parsers need. fast-xml-parser's ordered output keeps paragraph order and mixed content.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { collapseWhitespace, type TreeAdapter } from '../extract/block-text';
import { IngestError } from './types';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

type OrderedNode = Record<string, unknown>;

const ATTRIBUTES = ':@';
const TEXT = '#text';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  // Whitespace between inline elements is part of the text ("said <b>on</b> Monday").
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
});

function toNodes(ordered: OrderedNode[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const entry of ordered) {
    if (TEXT in entry) {
      nodes.push(String(entry[TEXT]));
      continue;
    }
    const name = Object.keys(entry).find((key) => key !== ATTRIBUTES);
    if (!name || name.startsWith('?')) continue;
    const attrs = (entry[ATTRIBUTES] ?? {}) as Record<string, string>;
    nodes.push({ name, attrs, children: toNodes(entry[name] as OrderedNode[]) });
  }
  return nodes;
}

/** The root element of an XML document; an IngestError (with line and column) when it is not well-formed. */
export function parseXml(text: string): XmlElement {
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new IngestError(`not well-formed XML at line ${line}, column ${col}: ${msg}`);
  }
  let ordered: OrderedNode[];
  try {
    ordered = parser.parse(text) as OrderedNode[];
  } catch (error) {
    throw new IngestError(`XML could not be read: ${(error as Error).message}`);
  }
  const root = toNodes(ordered).find((node): node is XmlElement => typeof node !== 'string');
  if (!root) throw new IngestError('XML has no root element');
  return root;
}

/** Child elements of `element` (all, or those named `name`); none when there is no element. */
export function childElements(element: XmlElement | undefined, name?: string): XmlElement[] {
  if (!element) return [];
  return element.children.filter(
    (node): node is XmlElement => typeof node !== 'string' && (name === undefined || node.name === name),
  );
}

/** The element reached by following child names from `element`, or undefined. */
export function child(element: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
  let current = element;
  for (const name of path) current = childElements(current, name)[0];
  return current;
}

/** The first descendant (depth first, document order) named `name`. */
export function descendant(element: XmlElement, name: string): XmlElement | undefined {
  const stack = [...childElements(element)].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.name === name) return next;
    stack.push(...childElements(next).reverse());
  }
  return undefined;
}

/** All text under `node`, whitespace collapsed. */
export function textOf(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  const parts: string[] = [];
  const stack: XmlNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (typeof next === 'string') parts.push(next);
    else stack.push(...[...next.children].reverse());
  }
  return collapseWhitespace(parts.join(''));
}

/** The block walker's view of the tree (element names lower-cased, as HTML's are). */
export const xmlTree: TreeAdapter<XmlNode> = {
  text: (node) => (typeof node === 'string' ? node : null),
  tag: (node) => (typeof node === 'string' ? null : node.name.toLowerCase()),
  children: (node) => (typeof node === 'string' ? [] : node.children),
};
