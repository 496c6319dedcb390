import { type Category, categories } from '../../complaint/taxonomy.ts';
import type { Segmenter } from '../../text/segmenter.ts';
import { extractFeatures } from './extract-features.ts';

/** A trained linear classifier over hashed-free sparse features: one weight row per feature, one column per category. */
export interface CategoryModel {
  readonly index: ReadonlyMap<string, number>;
  readonly idf: Float64Array;
  /** weights[feature * classes + class]; single precision halves the memory the training updates walk */
  readonly weights: Float32Array;
  readonly bias: Float64Array;
}

export interface SparseVector {
  ids: Int32Array;
  values: Float64Array;
}

/** TF-IDF with sub-linear term frequency, L2-normalised; unknown features are dropped. */
export function vectorize(
  model: Pick<CategoryModel, 'index' | 'idf'>,
  segmenter: Segmenter,
  text: string,
): SparseVector {
  return vectorizeFeatures(model, extractFeatures(segmenter, text));
}

/** The same vector from features already extracted (training extracts each text's features once). */
export function vectorizeFeatures(model: Pick<CategoryModel, 'index' | 'idf'>, features: string[]): SparseVector {
  // ids sorted so that repeats are adjacent: cheaper than counting in a Map, the lookup below being the hot spot
  const found = new Int32Array(features.length);
  let n = 0;
  for (const feature of features) {
    const id = model.index.get(feature);
    if (id !== undefined) found[n++] = id;
  }
  const sorted = found.subarray(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const ids = new Int32Array(distinct);
  const values = new Float64Array(distinct);
  let norm = 0;
  for (let i = 0, j = 0; i < n; j++) {
    const id = sorted[i]!;
    let count = 0;
    while (i < n && sorted[i] === id) {
      count++;
      i++;
    }
    const value = (1 + Math.log(count)) * model.idf[id]!;
    ids[j] = id;
    values[j] = value;
    norm += value * value;
  }
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < distinct; j++) values[j]! /= norm;
  return { ids, values };
}

/** Class probabilities (softmax of the linear scores), in taxonomy order. */
export function predictProbabilities(model: CategoryModel, x: SparseVector): Float64Array {
  const k = categories.length;
  const { weights } = model;
  const scores = Float64Array.from(model.bias);
  for (let j = 0; j < x.ids.length; j++) {
    const row = x.ids[j]! * k;
    const v = x.values[j]!;
    for (let c = 0; c < k; c++) scores[c]! += weights[row + c]! * v;
  }
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s);
  let sum = 0;
  for (let c = 0; c < k; c++) {
    scores[c] = Math.exp(scores[c]! - max);
    sum += scores[c]!;
  }
  for (let c = 0; c < k; c++) scores[c]! /= sum;
  return scores;
}

export interface RankedCategory {
  category: Category;
  probability: number;
}

const han = /\p{Script=Han}/u;

/**
 * Categories best first, with their probabilities. The model reads Chinese: a text without one Chinese feature it knows
 * (English, emoji, a bare number) gives it no evidence, and ranks 其他问题 first.
 */
export function rankCategories(model: CategoryModel, segmenter: Segmenter, text: string): RankedCategory[] {
  const features = extractFeatures(segmenter, text);
  const p = predictProbabilities(model, vectorizeFeatures(model, features));
  const ranked = categories
    .map((category, i) => ({ category, probability: p[i]! }))
    .sort((a, b) => b.probability - a.probability);
  const evidence = features.some((f) => han.test(f) && model.index.has(f));
  return evidence
    ? ranked
    : [...ranked.filter((r) => r.category === '其他问题'), ...ranked.filter((r) => r.category !== '其他问题')];
}
