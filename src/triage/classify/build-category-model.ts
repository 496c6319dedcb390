import type { Segmenter } from '../../text/segmenter.ts';
import type { CategoryModel } from './category-model.ts';
import { type CorpusLine, loadCorpus } from './load-corpus.ts';
import { trainCategoryModel } from './train-category-model.ts';

/**
 * Trains the category model from corpus/categories at start-up (about three seconds for 5,700 lines). The product
 * learns from every labelled line; the benchmark passes `holdout: 'exclude'` so the held-out split stays unseen.
 */
export function buildCategoryModel(
  segmenter: Segmenter,
  options: { holdout: 'include' | 'exclude'; corpus?: CorpusLine[] } = { holdout: 'include' },
): CategoryModel {
  const corpus = options.corpus ?? loadCorpus();
  const examples = corpus.filter((line) => options.holdout === 'include' || line.split === 'train');
  return trainCategoryModel(segmenter, examples);
}
