/**
 * The paraphrase model: logistic regression over lexical features of a sentence pair (see `pairFeatures`),
 * fitted on the 4080 MSRP training pairs by `scripts/train-paraphrase.ts`, which rewrites this file.
 * 10-fold cross-validated accuracy of the model alone: 0.7542.
 */
export const PARAPHRASE_MODEL = {
  minDice: 0.2,
  features: ["dice","keysDice","minCovered","maxCovered","bigramDice","wordDice","lcs","lengthRatio","numbersOnlySource","numbersOnlyPage","namesOnlySource","namesOnlyPage","order","lengthGap","extraSource","extraPage"],
  mean: [0.6851,0.69117,0.62994,0.76117,0.48102,0.66625,0.57439,0.85101,0.38873,0.38554,0.70613,0.71789,0.93633,1.24875,4.32429,4.32042],
  scale: [0.17242,0.16387,0.17533,0.18349,0.2,0.14837,0.15064,0.09999,0.82567,0.81116,0.988,0.9882,0.11073,0.62529,3.17759,3.13692],
  weights: [-0.45612,0.78543,-0.07351,0.06963,-0.97375,0.38584,1.14662,0.31298,-0.16555,0.04346,0.00296,0.12875,-0.16685,0.13415,-0.16834,-0.2871],
  bias: 0.97437,
};
