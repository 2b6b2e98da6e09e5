import type { TreeAdapter } from './block-text';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** The block walker's view of a DOM (browser or linkedom). */
export const domTree: TreeAdapter<Node> = {
  text: (node) =>
    node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE ? (node.nodeValue ?? '') : null,
  tag: (node) => (node.nodeType === ELEMENT_NODE ? (node as Element).localName.toLowerCase() : null),
  children: (node) => node.childNodes,
};
