import { type Category, categories } from '../../complaint/taxonomy.ts';
import type { Segmenter } from '../../text/segmenter.ts';
import { type CategoryModel, predictProbabilities, type SparseVector, vectorizeFeatures } from './category-model.ts';
import { extractFeatures } from './extract-features.ts';

export interface LabelledText {
  text: string;
  category: Category;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty per update, scaled by the learning rate */
  l2: number;
  /** features seen in fewer documents are dropped */
  minDocumentFrequency: number;
  seed: number;
}

export const defaultTrainingOptions: TrainingOptions = {
  epochs: 15,
  learningRate: 0.8,
  l2: 1e-4,
  minDocumentFrequency: 2,
  seed: 20261128,
};

/**
 * Multinomial logistic regression trained by SGD over TF-IDF features. Deterministic: the sample order comes from a
 * seeded generator, so the same corpus always yields the same model.
 */
export function trainCategoryModel(
  segmenter: Segmenter,
  examples: readonly LabelledText[],
  options: TrainingOptions = defaultTrainingOptions,
): CategoryModel {
  const k = categories.length;
  const features = examples.map((e) => extractFeatures(segmenter, e.text));
  const documentFrequency = new Map<string, number>();
  for (const list of features) {
    for (const f of new Set(list)) documentFrequency.set(f, (documentFrequency.get(f) ?? 0) + 1);
  }

  const index = new Map<string, number>();
  for (const [feature, df] of [...documentFrequency].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (df >= options.minDocumentFrequency) index.set(feature, index.size);
  }
  const idf = new Float64Array(index.size);
  for (const [feature, id] of index) {
    idf[id] = Math.log((1 + examples.length) / (1 + documentFrequency.get(feature)!)) + 1;
  }

  const weights = new Float32Array(index.size * k);
  const bias = new Float64Array(k);
  const model: CategoryModel = { index, idf, weights, bias };
  const vectors: SparseVector[] = features.map((list) => vectorizeFeatures(model, list));
  const labels = examples.map((e) => categories.indexOf(e.category));
  const order = examples.map((_, i) => i);
  const random = seededRandom(options.seed);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    const rate = options.learningRate / (1 + epoch * 0.1);
    const decay = 1 - rate * options.l2;
    for (const i of order) {
      const x = vectors[i]!;
      const step = predictProbabilities(model, x); // turned in place into rate × gradient of the log-loss
      for (let c = 0; c < k; c++) {
        step[c] = rate * (step[c]! - (c === labels[i] ? 1 : 0));
        bias[c]! -= step[c]!;
      }
      // feature-major so each update walks one contiguous row of weights
      for (let j = 0; j < x.ids.length; j++) {
        const row = x.ids[j]! * k;
        const v = x.values[j]!;
        for (let c = 0; c < k; c++) weights[row + c] = weights[row + c]! * decay - step[c]! * v;
      }
    }
  }
  return model;
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
