/** Deterministic synthetic copies of wire stories with ground truth, for the evaluation and the benchmarks. */
export { generateCases, eligibleStories, type SyntheticCase, type SourceTruth, type PieceTruth, type GenerateOptions } from './cases';
export { KINDS, type Kind } from './kinds';
export { createRng, rngFor, type Rng } from './prng';
export { splitSentences } from './sentences';
