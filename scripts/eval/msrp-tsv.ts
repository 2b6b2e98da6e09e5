/**
 * The MSRP training file: UTF-8 with a byte-order mark, CRLF lines, five tab-separated columns. Sentences contain
 * double quotes that are text, not CSV quoting, so lines are split on tabs only.
 */

export interface MsrpPair {
  /** 1-based line number in the file. */
  line: number;
  paraphrase: boolean;
  id1: string;
  id2: string;
  sentence1: string;
  sentence2: string;
}

export interface MsrpFile {
  pairs: MsrpPair[];
  /** Lines that are not pairs of the corpus (malformed, or the placeholder rows with ID -1), with the reason. */
  skipped: { line: number; reason: string }[];
}

export function parseMsrp(text: string): MsrpFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const pairs: MsrpPair[] = [];
  const skipped: MsrpFile['skipped'] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (i === 0 || raw.trim() === '') return; // header, trailing newline
    const cols = raw.split('\t');
    if (cols.length !== 5) return skipped.push({ line, reason: `${cols.length} columns, expected 5` });
    const [quality, id1, id2, sentence1, sentence2] = cols;
    if (quality !== '0' && quality !== '1') return skipped.push({ line, reason: `quality ${JSON.stringify(quality)}` });
    // The file ends with a few hand-made pairs (ID -1) that are not part of the published corpus of 4,076 pairs.
    if (id1 === '-1' || id2 === '-1') return skipped.push({ line, reason: 'placeholder pair with ID -1' });
    pairs.push({ line, paraphrase: quality === '1', id1, id2, sentence1: sentence1.trim(), sentence2: sentence2.trim() });
  });
  return { pairs, skipped };
}
