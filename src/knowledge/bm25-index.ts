import { isContextWord, isQuantity, synonymsOf, tokenizeForSearch } from './search-terms.ts';
import type { PolicyChunk } from './split-policy.ts';

/** One way of finding a query word in a passage: all of `words` together are worth `credit` of the word. */
interface Route {
  words: readonly string[];
  credit: number;
}

/** One content word of a query and the ways of finding it in a policy. */
export interface QueryTerm {
  word: string;
  /** content: a word of the question; context: the customer's situation (context-words.txt); amount: 3, 三天, an order number */
  kind: 'content' | 'context' | 'amount';
  /** how much the word counts towards coverage: its IDF; for a word no policy uses, the highest IDF, scaled down
   * for single characters and context words; 0 for amounts */
  weight: number;
  routes: readonly Route[];
}

/** A passage's BM25 evidence for a query. */
export interface ScoredChunk {
  chunk: PolicyChunk;
  /** BM25, scaled down for passages that cover little of the query */
  score: number;
  /** IDF-weighted share of the query's content words found in the passage (title included), 0..1 */
  coverage: number;
  /** how many of the query's content words the passage contains, directly or through a synonym */
  matchedTerms: number;
  /** how many content words (not amounts, not context words) the query has */
  contentTerms: number;
}

const k1 = 1.2;
const b = 0.6;
// A word of the title or of the section heading counts like this many words of the text.
const headingWeight = 2;
// A synonym, or a longer policy word that contains the customer's word, is weaker evidence than the word itself.
const synonymCredit = 0.8;
const containedCredit = 0.7;
// How much of the ranking score depends on coverage (Lucene's classic "coord" factor, softened).
const coordination = 0.75;
// A term counts as found when a route covers this much of it (a synonym does; half a compound does not).
const matchedCredit = 0.7;
// How much a word no policy uses counts towards coverage, relative to the rarest policy word.
const unknownWeight = { word: 1, singleCharacter: 0.5, context: 0.25 };

/**
 * An Okapi BM25 index over jieba words of policy passages (title, section heading, text). Built once per
 * knowledge-base version; queries only read it.
 */
export class Bm25Index {
  readonly chunks: readonly PolicyChunk[];
  private readonly postings = new Map<string, { chunk: number; tf: number }[]>();
  private readonly lengths: Float64Array;
  private readonly averageLength: number;
  /** every policy word of 3+ characters under each shorter word it contains */
  private readonly compounds = new Map<string, string[]>();

  constructor(chunks: readonly PolicyChunk[]) {
    this.chunks = chunks;
    this.lengths = new Float64Array(chunks.length);
    const cache = new Map<string, string[]>();
    const cut = (text: string) => {
      const words = cache.get(text) ?? tokenizeForSearch(text);
      cache.set(text, words);
      return words;
    };
    chunks.forEach((chunk, i) => {
      const heading = [...cut(chunk.title), ...(chunk.section ? cut(chunk.section) : [])];
      const body = tokenizeForSearch(chunk.text);
      const tf = new Map<string, number>();
      for (const word of body) tf.set(word, (tf.get(word) ?? 0) + 1);
      for (const word of heading) tf.set(word, (tf.get(word) ?? 0) + headingWeight);
      this.lengths[i] = body.length + heading.length;
      for (const [word, count] of tf) {
        const list = this.postings.get(word);
        if (list) list.push({ chunk: i, tf: count });
        else this.postings.set(word, [{ chunk: i, tf: count }]);
      }
    });
    this.averageLength = chunks.length ? this.lengths.reduce((a, n) => a + n, 0) / chunks.length : 1;
    for (const word of this.postings.keys()) {
      const chars = Array.from(word);
      const inside = new Set<string>();
      for (let i = 0; i < chars.length; i++) {
        for (let j = i + 2; j <= chars.length; j++) if (j - i < chars.length) inside.add(chars.slice(i, j).join(''));
      }
      for (const part of inside) {
        const list = this.compounds.get(part);
        if (list) list.push(word);
        else this.compounds.set(part, [word]);
      }
    }
  }

  /** Inverse document frequency of a word over passages; an unknown word gets the highest value. */
  idf(word: string): number {
    const df = this.postings.get(word)?.length ?? 0;
    return Math.log(1 + (this.chunks.length - df + 0.5) / (df + 0.5));
  }

  /** The query's content words, each with its synonyms and related policy words. */
  analyze(query: string): QueryTerm[] {
    return [...new Set(tokenizeForSearch(query))].map((word) => {
      const known = this.postings.has(word);
      const routes: Route[] = known ? [{ words: [word], credit: 1 }] : [];
      const add = (route: Route) => {
        const key = route.words.join(' ');
        if (route.words.some((w) => this.postings.has(w)) && !routes.some((r) => r.words.join(' ') === key))
          routes.push(route);
      };
      for (const words of synonymsOf(word)) add({ words, credit: synonymCredit });
      for (const compound of this.compoundsOf(word)) add({ words: [compound], credit: containedCredit });
      if (!known) this.partsOf(word).forEach(add);
      // An unknown word with digits is a phone or order number: a detail of the case, like an amount.
      const amount = isQuantity(word) || (!known && /\d/.test(word));
      const kind = amount ? 'amount' : isContextWord(word) ? 'context' : 'content';
      return { word, kind, weight: this.weightOf(word, kind, known), routes };
    });
  }

  // A word no policy uses is as specific as the rarest policy word. jieba cuts a word it does not know into
  // single characters, so each of those counts half (one unknown word is not counted several times over); a
  // product name or a family member counts a quarter: it tells the situation, not the question.
  private weightOf(word: string, kind: QueryTerm['kind'], known: boolean): number {
    if (kind === 'amount') return 0;
    if (known) return this.idf(word);
    const factor =
      kind === 'context'
        ? unknownWeight.context
        : Array.from(word).length === 1
          ? unknownWeight.singleCharacter
          : unknownWeight.word;
    return factor * this.idf(word);
  }

  /** All passages that match at least one term, best first. */
  search(terms: readonly QueryTerm[]): ScoredChunk[] {
    const scores = new Float64Array(this.chunks.length);
    const covered = new Float64Array(this.chunks.length);
    const matched = new Uint16Array(this.chunks.length);
    const contentTerms = terms.filter((t) => t.kind === 'content').length;
    const totalWeight = terms.reduce((sum, t) => sum + t.weight, 0);
    for (const term of terms) {
      const best = new Map<number, { score: number; credit: number }>();
      for (const route of term.routes) {
        for (const [chunk, found] of this.matchRoute(route)) {
          const prev = best.get(chunk);
          if (!prev || found.score > prev.score)
            best.set(chunk, { score: found.score, credit: Math.max(found.credit, prev?.credit ?? 0) });
          else prev.credit = Math.max(prev.credit, found.credit);
        }
      }
      for (const [chunk, { score, credit }] of best) {
        scores[chunk] = (scores[chunk] ?? 0) + score;
        covered[chunk] = (covered[chunk] ?? 0) + credit * term.weight;
        if (term.kind === 'content' && credit >= matchedCredit) matched[chunk] = (matched[chunk] ?? 0) + 1;
      }
    }
    const results: ScoredChunk[] = [];
    scores.forEach((score, i) => {
      const chunk = this.chunks[i];
      if (score <= 0 || !chunk) return;
      const coverage = totalWeight > 0 ? (covered[i] ?? 0) / totalWeight : 0;
      // Coordination: a passage that repeats one query word loses to one that has several of them.
      const ranked = score * (1 - coordination + coordination * coverage);
      results.push({ chunk, score: ranked, coverage, matchedTerms: matched[i] ?? 0, contentTerms });
    });
    return results.sort((x, y) => y.score - x.score);
  }

  /** IDF-weighted share of the query's words that occur in `text` (for picking sentences of an answer). */
  coverageOf(terms: readonly QueryTerm[], text: string): number {
    const words = new Set(tokenizeForSearch(text));
    let covered = 0;
    let total = 0;
    for (const term of terms) {
      total += term.weight;
      let credit = 0;
      for (const route of term.routes) {
        const found = route.words.filter((w) => words.has(w)).length;
        credit = Math.max(credit, (route.credit * found) / route.words.length);
      }
      covered += credit * term.weight;
    }
    return total > 0 ? covered / total : 0;
  }

  // A route's words each contribute their BM25 score and their share of the route's credit.
  private matchRoute(route: Route): Map<number, { score: number; credit: number }> {
    const found = new Map<number, { score: number; credit: number }>();
    const share = route.credit / route.words.length;
    for (const word of route.words) {
      const idf = this.idf(word);
      for (const { chunk, tf } of this.postings.get(word) ?? []) {
        const norm = k1 * (1 - b + (b * (this.lengths[chunk] ?? 0)) / this.averageLength);
        const score = (share * idf * tf * (k1 + 1)) / (tf + norm);
        const prev = found.get(chunk);
        found.set(chunk, { score: (prev?.score ?? 0) + score, credit: (prev?.credit ?? 0) + share });
      }
    }
    return found;
  }

  // Policy words that contain the customer's word (邮箱 → 电子邮箱); one-character words would match everything.
  private compoundsOf(word: string): readonly string[] {
    return isQuantity(word) ? [] : (this.compounds.get(word) ?? []);
  }

  // Greedy longest match of policy words inside a word no policy uses (发票抬头 → 发票 + 抬头).
  private partsOf(word: string): Route[] {
    const chars = Array.from(word);
    const parts: string[] = [];
    let coveredChars = 0;
    for (let i = 0; i < chars.length; ) {
      let length = 0;
      for (let j = chars.length; j >= i + 2 && !length; j--) {
        if (this.postings.has(chars.slice(i, j).join(''))) length = j - i;
      }
      if (length) parts.push(chars.slice(i, i + length).join(''));
      coveredChars += length;
      i += length || 1;
    }
    return parts.length ? [{ words: parts, credit: coveredChars / chars.length }] : [];
  }
}
