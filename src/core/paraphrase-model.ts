/**
 * The paraphrase model: logistic regression over lexical features of a sentence pair (see `pairFeatures`),
 * fitted on the 4080 MSRP training pairs by `scripts/train-paraphrase.ts`, which rewrites this file.
 * 10-fold cross-validated accuracy of the model alone: 0.7566.
 */
export const PARAPHRASE_MODEL = {
  minDice: 0.2,
  features: ["dice","keysDice","minCovered","maxCovered","bigramDice","wordDice","lcs","lengthRatio","numbersOnlySource","numbersOnlyPage","namesOnlySource","namesOnlyPage","order","lengthGap","extraSource","extraPage","trigramDice","charTrigramDice","negationMismatch"],
  mean: [0.68559,0.69185,0.63041,0.7617,0.48076,0.66635,0.57465,0.85119,0.38897,0.38554,0.70613,0.71789,0.93635,1.24271,4.31743,4.31282,0.37387,0.7054,0.04265],
  scale: [0.17251,0.16395,0.17547,0.1835,0.20078,0.14899,0.15106,0.10021,0.826,0.81116,0.988,0.9882,0.11068,0.62783,3.17818,3.13618,0.22418,0.15301,0.20206],
  weights: [-0.49672,0.7985,-0.15533,0.05372,-0.09743,0.22865,1.13358,0.32595,-0.20126,0.00698,-0.0107,0.10636,-0.14213,0.12113,-0.15136,-0.26227,-0.80906,0.15185,-0.20187],
  bias: 0.98763,
};
