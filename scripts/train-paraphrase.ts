/**
 * Fits the paraphrase model (logistic regression over lexical pair features) on the MSRP training pairs and
 * rewrites src/core/paraphrase-model.ts. Reports 10-fold cross-validated accuracy first, so the figure quoted in
 * EVALUATION.md is not measured on the pairs the weights were fitted to.
 *   node dist/tools/train-paraphrase.mjs   (data from $WIRETRACE_DATA, default ../shared/data)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareSentence } from '../src/core/document';
import { normaliseTypography } from '../src/core/text/normalise';
import { PARAPHRASE_MODEL } from '../src/core/paraphrase-model';
import { featuresOf } from '../src/core/similarity';

const data = process.env.WIRETRACE_DATA ?? join(process.cwd(), '..', 'shared', 'data');
const rows = readFileSync(join(data, 'msrp-train.tsv'), 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1)
  .map((line) => line.split('\t')).filter((cols) => cols.length >= 5);

const X: number[][] = [];
const y: number[] = [];
for (const [quality, , , first, second] of rows) {
  const a = prepareSentence(normaliseTypography(first), 0);
  const b = prepareSentence(normaliseTypography(second), 0);
  if (a.tokens.length === 0 || b.tokens.length === 0) continue;
  X.push(featuresOf(a, b));
  y.push(quality === '1' ? 1 : 0);
}

function fit(indices: number[]) {
  const dims = X[0].length;
  const mean = Array.from({ length: dims }, (_, d) => indices.reduce((s, i) => s + X[i][d], 0) / indices.length);
  const scale = mean.map((m, d) => Math.sqrt(indices.reduce((s, i) => s + (X[i][d] - m) ** 2, 0) / indices.length) || 1);
  const weights = new Array<number>(dims).fill(0);
  let bias = 0;
  const z = (i: number) => X[i].reduce((s, v, d) => s + weights[d] * ((v - mean[d]) / scale[d]), bias);
  for (let step = 0; step < 1500; step++) {
    const grad = new Array<number>(dims).fill(0);
    let gradBias = 0;
    for (const i of indices) {
      const error = 1 / (1 + Math.exp(-z(i))) - y[i];
      for (let d = 0; d < dims; d++) grad[d] += error * ((X[i][d] - mean[d]) / scale[d]);
      gradBias += error;
    }
    for (let d = 0; d < dims; d++) weights[d] -= 0.5 * (grad[d] / indices.length + 1e-3 * weights[d]);
    bias -= (0.5 * gradBias) / indices.length;
  }
  return { mean, scale, weights, bias, predict: (i: number) => 1 / (1 + Math.exp(-z(i))) };
}

// Deterministic 10-fold split.
const order = X.map((_, i) => i).sort((a, b) => ((a * 2654435761) % 4294967296) - ((b * 2654435761) % 4294967296));
let correct = 0;
for (let fold = 0; fold < 10; fold++) {
  const test = order.filter((_, k) => k % 10 === fold);
  const model = fit(order.filter((_, k) => k % 10 !== fold));
  correct += test.filter((i) => (model.predict(i) >= 0.5 ? 1 : 0) === y[i]).length;
}
console.log(`paraphrase model: ${X.length} pairs, 10-fold cross-validated accuracy (similarity only) ${(correct / X.length).toFixed(4)}`);

const model = fit(order);
const round = (values: number[]) => values.map((v) => Number(v.toFixed(5)));
const file = `/**
 * The paraphrase model: logistic regression over lexical features of a sentence pair (see \`pairFeatures\`),
 * fitted on the ${X.length} MSRP training pairs by \`scripts/train-paraphrase.ts\`, which rewrites this file.
 * 10-fold cross-validated accuracy of the model alone: ${(correct / X.length).toFixed(4)}.
 */
export const PARAPHRASE_MODEL = {
  minDice: ${PARAPHRASE_MODEL.minDice},
  features: ${JSON.stringify(PARAPHRASE_MODEL.features)},
  mean: ${JSON.stringify(round(model.mean))},
  scale: ${JSON.stringify(round(model.scale))},
  weights: ${JSON.stringify(round(model.weights))},
  bias: ${Number(model.bias.toFixed(5))},
};
`;
writeFileSync(join(process.cwd(), 'src', 'core', 'paraphrase-model.ts'), file);
console.log('wrote src/core/paraphrase-model.ts');
