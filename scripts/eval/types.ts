/** What every evaluation gets and gives back. */

export interface EvalContext {
  dataDir: string;
  outDir: string;
  /** Evaluate only the first N items (pairs, pages, cases) for quick iterations. */
  limit?: number;
  verbose: boolean;
  seed: number;
}

export interface EvalOutput {
  name: EvalName;
  /** Machine-readable results for eval-out/results.json. */
  metrics: Record<string, unknown>;
  /** Markdown (tables) for stdout and EVALUATION.md. */
  markdown: string;
  /** Items worth a look (misclassified pairs, missed sources), written to eval-out/<name>-failures.jsonl on --verbose. */
  failures: unknown[];
}

export const EVAL_NAMES = ['msrp', 'helsinki', 'synthetic', 'extraction'] as const;
export type EvalName = (typeof EVAL_NAMES)[number];
