/**
 * The paraphrase model: logistic regression over lexical features of a sentence pair (see `pairFeatures`),
 * fitted on the 4080 MSRP training pairs by `scripts/train-paraphrase.ts`, which rewrites this file.
 * 10-fold cross-validated accuracy of the model alone: 0.7537.
 */
export const PARAPHRASE_MODEL = {
  minDice: 0.2,
  features: ["dice","keysDice","minCovered","maxCovered","bigramDice","wordDice","lcs","lengthRatio","numbersOnlySource","numbersOnlyPage","namesOnlySource","namesOnlyPage","order","lengthGap","extraSource","extraPage"],
  mean: [0.68547,0.69165,0.63008,0.76187,0.48102,0.66625,0.57439,0.85101,0.38922,0.38578,0.68431,0.70074,0.93652,1.24875,4.28653,4.29153],
  scale: [0.17268,0.164,0.1756,0.18369,0.2,0.14837,0.15064,0.09999,0.82604,0.81119,0.98162,0.98165,0.11049,0.62529,3.16493,3.12532],
  weights: [-0.45246,0.8029,-0.08231,0.06852,-0.9732,0.39002,1.13135,0.31767,-0.16098,0.04111,-0.00433,0.12783,-0.15803,0.13538,-0.16929,-0.28314],
  bias: 0.97489,
};
