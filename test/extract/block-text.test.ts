import { describe, expect, it } from 'vitest';
import { blockTexts, collapseWhitespace } from '../../src/extract/block-text';
import { domTree } from '../../src/extract/dom-tree';
import { parseHtml } from '../../src/extract/node-dom';

function paragraphs(html: string, maxChars?: number): string[] {
  return blockTexts(parseHtml(html).body, domTree, maxChars);
}

describe('blockTexts', () => {
  it('keeps headings, paragraphs and list items apart', () => {
    expect(paragraphs('<h1>Title</h1><p>First <b>bold</b> para.</p><h2>Sub</h2><ul><li>one</li><li>two</li></ul>')).toEqual([
      'Title',
      'First bold para.',
      'Sub',
      'one',
      'two',
    ]);
  });

  it('makes text directly inside a div its own paragraph, apart from the blocks around it', () => {
    expect(paragraphs('<div>Loose text <a href="#">link</a><p>Inner para</p>more loose</div>')).toEqual([
      'Loose text link',
      'Inner para',
      'more loose',
    ]);
  });

  it('joins lines of one paragraph instead of splitting on newlines', () => {
    expect(paragraphs('<p>A sentence that\n   wraps\tover lines.</p>')).toEqual(['A sentence that wraps over lines.']);
  });

  it('breaks at <br> and table cells, drops empty blocks and invisible characters', () => {
    expect(paragraphs('<p>Line one<br>Line two</p><p> \u00a0 </p><table><tr><td>a\u200b1</td><td>b</td></tr></table>')).toEqual([
      'Line one',
      'Line two',
      'a1',
      'b',
    ]);
  });

  it('skips scripts, styles, templates and form controls', () => {
    expect(paragraphs('<p>Kept</p><script>var x = "<p>no</p>";</script><style>p{}</style><template><p>no</p></template><button>Share</button>')).toEqual([
      'Kept',
    ]);
  });

  it('cuts at maxChars', () => {
    const result = paragraphs('<p>abcdef</p><p>ghijkl</p><p>mnop</p>', 9);
    expect(result).toEqual(['abcdef', 'ghi']);
  });

  it('survives nesting far deeper than the call stack', () => {
    const depth = 15_000;
    const html = `${'<span>'.repeat(depth)}deep${'</span>'.repeat(depth)}`;
    expect(paragraphs(html)).toEqual(['deep']);
  });
});

describe('collapseWhitespace', () => {
  it('collapses all whitespace, non-breaking spaces included', () => {
    expect(collapseWhitespace(' a \n\t b\u00a0\u00a0c ')).toBe('a b c');
  });
});
