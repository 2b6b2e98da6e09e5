import { describe, expect, it } from 'vitest';
import { detectFormat, isCorpusFileName } from '../../src/ingest';

describe('detectFormat', () => {
  it.each([
    ['{"id":"a","agency":"AP","title":"T","text":"x"}\n{"id":"b"}', 'jsonl'],
    ['\uFEFF  {"broken', 'jsonl'],
    ['{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "x"', 'json-feed'],
    ['{"version":"https://jsonfeed.org/version/1","title":"x","items":[]}', 'json-feed'],
    ['<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?>\n<!-- c -->\n<rss version="2.0">', 'rss'],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', 'rdf'],
    ['<feed xmlns="http://www.w3.org/2005/Atom">', 'atom'],
    ['<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">', 'newsml'],
    ['<g2:newsMessage xmlns:g2="http://iptc.org/std/nar/2006-10-01/">', 'newsml'],
    ['<!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.6//EN" "nitf.dtd" [ <!ENTITY x "y"> ]>\n<nitf>', 'nitf'],
    ['<!doctype html>\n<html lang="en">', 'html'],
    ['<!DOCTYPE html><head><title>x', 'html'],
    ['<div class="story"><p>x</p></div>', 'html'],
    ['WASHINGTON (Reuters) - The Senate voted...', 'text'],
    ['', 'text'],
  ])('%j is %s', (head, format) => {
    expect(detectFormat(head)).toBe(format);
  });

  it('returns null for XML it does not read', () => {
    expect(detectFormat('<?xml version="1.0"?><catalog>')).toBeNull();
    expect(detectFormat('<x:y>')).toBeNull();
  });

  it('returns null for binary files (an image read as UTF-8), not plain text', () => {
    expect(detectFormat('\uFFFDPNG\r\n\u001A\n\u0000\u0000\u0000\rIHDR\u0000\u0000')).toBeNull();
    expect(detectFormat(`PK\u0003\u0004\u0014\u0006\b${'\uFFFD'.repeat(10)}word/document.xml`)).toBeNull();
    expect(detectFormat(`A wire story, and one stray \uFFFD from a mis-encoded byte. ${'More text. '.repeat(50)}`)).toBe('text');
  });
});

describe('isCorpusFileName', () => {
  it('offers corpus-like files from a folder and skips the rest', () => {
    for (const name of ['a.jsonl', 'a.jsonl.gz', 'feed.xml', 'feed.json', 'page.html', 'story.txt', 'item.nitf', 'A.XML.GZ']) {
      expect(isCorpusFileName(name)).toBe(true);
    }
    for (const name of ['photo.jpg', '.DS_Store', 'notes.md', 'archive.zip']) expect(isCorpusFileName(name)).toBe(false);
  });
});
