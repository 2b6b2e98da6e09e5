import { version } from '../../package.json';

export const VERSION = version;

const general = `wiretrace ${version} — trace news pages back to the wire stories they were built from

Usage:
  wiretrace trace --corpus <file|dir>... [options] <page>...
  wiretrace compare [options] <source> <page>
  wiretrace compare [options] --pairs <file.jsonl>
  wiretrace --help | --version
  wiretrace <command> --help

Run 'wiretrace trace --help' or 'wiretrace compare --help' for details.`;

const io = `Output:
  -f, --format json|text   json: one JSON object per line, in the order the inputs were given.
                           text: a readable report (colour only on a terminal, and never when NO_COLOR is set).
                           Default: text when stdout is a terminal, json otherwise.
      --timings            Report timings on stderr.
  -h, --help               This help.

Exit codes:
  0  every page was processed (malformed corpus lines are reported on stderr, the rest is used)
  1  some page or pair failed: its error is on stderr and, in json, on its own line as {"error": ...};
     the others were processed
  2  bad command line or unusable input (missing file, no corpus records at all)`;

const traceHelp = `wiretrace trace — find the wire story each page comes from

Usage: wiretrace trace --corpus <file|dir> [--corpus ...] [options] <page>...

  -c, --corpus <path>   Corpus file or directory (every recognised file inside, recursively): JSONL (.jsonl,
                        .jsonl.gz; one story record per line), RSS/Atom feeds, NewsML-G2, NITF, HTML, plain text.
                        Repeatable; all pages of one call share one index.
  <page>                .html/.htm: the article is extracted as the browser extension does;
                        .txt: paragraphs are blocks separated by blank lines, all text kept;
                        -: stdin (HTML if it looks like HTML, else text); other files: the same sniffing.

${io}`;

const compareHelp = `wiretrace compare — compare a page with one given source text

Usage: wiretrace compare [options] <source> <page>
       wiretrace compare [options] --pairs <file.jsonl>

  <source> <page>       Two files (.html extracted, .txt as paragraphs) or - for one of them from stdin.
  -p, --pairs <file>    JSONL, one {"id": ..., "source": "<text>", "page": "<text>"} per line; one result per line,
                        carrying its id. A bad line is reported on stderr with its line number; the rest go on.

${io}`;

export function helpText(topic?: 'trace' | 'compare'): string {
  if (topic === 'trace') return traceHelp;
  if (topic === 'compare') return compareHelp;
  return general;
}
