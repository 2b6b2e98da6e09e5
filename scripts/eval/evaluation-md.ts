/**
 * Updates the generated part of EVALUATION.md: between `<!-- eval:start -->` and `<!-- eval:end -->`, one block per
 * evaluation (`<!-- eval:msrp -->` ... `<!-- /eval:msrp -->`), so running one evaluation rewrites only its own block.
 */
import { EVAL_NAMES, type EvalName } from './types';

export const START = '<!-- eval:start -->';
export const END = '<!-- eval:end -->';

function block(name: EvalName, body: string): string {
  return `<!-- eval:${name} -->\n${body.trim()}\n<!-- /eval:${name} -->`;
}

function existingBlocks(section: string): Map<EvalName, string> {
  const blocks = new Map<EvalName, string>();
  for (const name of EVAL_NAMES) {
    const match = new RegExp(`<!-- eval:${name} -->\\n([\\s\\S]*?)\\n<!-- /eval:${name} -->`).exec(section);
    if (match) blocks.set(name, match[1]);
  }
  return blocks;
}

/** The document with the given blocks replaced (others kept); blocks follow the fixed evaluation order. */
export function updateSection(document: string, updates: ReadonlyMap<EvalName, string>): string {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start < 0 || end < start) throw new Error(`EVALUATION.md has no ${START} ... ${END} section`);
  const blocks = existingBlocks(document.slice(start, end));
  for (const [name, body] of updates) blocks.set(name, body);
  const section = EVAL_NAMES.filter((n) => blocks.has(n)).map((n) => block(n, blocks.get(n)!)).join('\n\n');
  return `${document.slice(0, start)}${START}\n${section}\n${document.slice(end)}`;
}
