import { type Category, categories } from '../../complaint/taxonomy.ts';
import type { Segmenter } from '../../text/segmenter.ts';
import { readFeatureName, visitFeatures } from './extract-features.ts';

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

/** The same vector from features already extracted (training extracts each text's features once). */
export function vectorizeFeatures(model: Pick<CategoryModel, 'index' | 'idf'>, features: string[]): SparseVector {
  const found = new Int32Array(features.length);
  let n = 0;
  for (const feature of features) {
    const id = model.index.get(feature);
    if (id !== undefined) found[n++] = id;
  }
  return weigh(model, found.subarray(0, n));
}

/**
 * The vector of a text, looking its features up without naming them (prediction's hot spot: naming and hashing ~200
 * strings a text cost as much as the rest of the ranking). `evidence` is false when no Chinese feature is known.
 */
export function vectorizeText(
  model: Pick<CategoryModel, 'index' | 'idf'>,
  segmenter: Segmenter,
  text: string,
): SparseVector & { evidence: boolean } {
  const lookup = lookupOf(model);
  const found: number[] = [];
  let evidence = false;
  const add = (id: number | undefined, chinese: boolean) => {
    if (id === undefined) return;
    found.push(id);
    evidence ||= chinese;
  };
  visitFeatures(segmenter, text, {
    word: (w) => add(lookup.words.get(w), han.test(w)),
    wordPair: (a, b) => add(lookup.wordPairs.get(a)?.get(b), han.test(a) || han.test(b)),
    char: (c) => add(lookup.chars.get(c), true),
    charPair: (a, b) => add(lookup.charPairs.get(a * codePoints + b), true),
  });
  return { ...weigh(model, Int32Array.from(found)), evidence };
}

// TF-IDF with sub-linear term frequency, L2-normalised. Ids are sorted so that repeats are adjacent: cheaper than
// counting in a Map.
function weigh(model: Pick<CategoryModel, 'idf'>, found: Int32Array): SparseVector {
  const sorted = found.sort();
  const n = sorted.length;
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

/** The model's feature index by kind of feature, keyed so that no name need be built to look one up. */
interface FeatureLookup {
  words: Map<string, number>;
  wordPairs: Map<string, Map<string, number>>;
  chars: Map<number, number>;
  charPairs: Map<number, number>;
}
const codePoints = 0x110000;
const lookups = new WeakMap<object, FeatureLookup>();

function lookupOf(model: Pick<CategoryModel, 'index'>): FeatureLookup {
  let lookup = lookups.get(model.index);
  if (lookup) return lookup;
  lookup = { words: new Map(), wordPairs: new Map(), chars: new Map(), charPairs: new Map() };
  for (const [name, id] of model.index) {
    const feature = readFeatureName(name);
    if (feature.kind === 'word') lookup.words.set(feature.word, id);
    else if (feature.kind === 'wordPair') {
      const next = lookup.wordPairs.get(feature.previous) ?? new Map<string, number>();
      lookup.wordPairs.set(feature.previous, next.set(feature.word, id));
    } else if (feature.kind === 'char') lookup.chars.set(feature.codePoint, id);
    else lookup.charPairs.set(feature.previous * codePoints + feature.codePoint, id);
  }
  lookups.set(model.index, lookup);
  return lookup;
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
  const x = vectorizeText(model, segmenter, text);
  const p = predictProbabilities(model, x);
  const ranked = categories
    .map((category, i) => ({ category, probability: p[i]! }))
    .sort((a, b) => b.probability - a.probability);
  return x.evidence
    ? ranked
    : [...ranked.filter((r) => r.category === '其他问题'), ...ranked.filter((r) => r.category !== '其他问题')];
}
