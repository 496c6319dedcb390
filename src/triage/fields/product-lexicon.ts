import { z } from 'zod';
import productsJson from './lexicon/products.json' with { type: 'json' };

/** Whether a product is goods (退款 means 退货) or a service (退款 means 退还其他已产生费用). */
export type ProductKind = 'goods' | 'service';

const productsLexiconSchema = z.object({
  $comment: z.string().optional(),
  goods: z.record(z.string(), z.array(z.string().min(1))),
  services: z.record(z.string(), z.array(z.string().min(1))),
  vague: z.array(z.string()),
  purchaseVerbs: z.array(z.string()).min(1),
  determiners: z.array(z.string()).min(1),
  notProductAfter: z.array(z.string()).min(1),
  channels: z.array(z.string()).min(1),
  parts: z.array(z.string()).min(1),
  personAfter: z.array(z.string()).min(1),
  brands: z.array(z.string()).min(1),
  verbUses: z.array(z.string()).min(1),
  nameTails: z.array(z.string()).min(1),
  productEndings: z.object({ goods: z.array(z.string()).min(1), services: z.array(z.string()).min(1) }),
});
const lexicon = productsLexiconSchema.parse(productsJson);

/** Every product or service word of the lexicon with its kind. */
export const productKinds: ReadonlyMap<string, ProductKind> = new Map([
  ...Object.values(lexicon.goods).flatMap((words) => words.map((w) => [w, 'goods'] as const)),
  ...Object.values(lexicon.services).flatMap((words) => words.map((w) => [w, 'service'] as const)),
]);

/**
 * The kind of a product named earlier (儿童餐椅 → goods, by its head 餐椅; 云南6日游 → service, by its ending 游), or
 * undefined when the lexicon does not know it.
 */
export function kindOfProduct(name: string): ProductKind | undefined {
  const head = productAtEnd(name) ?? endingAtEnd(name);
  return head === undefined ? undefined : (productKinds.get(head) ?? endingKinds.get(head));
}

/** The longest lexicon product the text ends with ("好孩子婴儿推车" → 婴儿推车), or undefined. */
export function productAtEnd(text: string): string | undefined {
  return longestAtEnd(text, productKinds, longestProduct);
}

const longestProduct = Math.max(...[...productKinds.keys()].map((word) => word.length));

function longestAtEnd(text: string, words: { has(word: string): boolean }, longest: number): string | undefined {
  for (let start = Math.max(0, text.length - longest); start < text.length; start++) {
    if (words.has(text.slice(start))) return text.slice(start);
  }
  return undefined;
}

/** Words that finish a service's name after a product word: 接机 + 服务, 签证 + 代办, 智能手机 + 班. */
export const nameTails: readonly string[] = lexicon.nameTails;

/** A lexicon word used as a verb ("卡在中转"): it names no product there. */
export const verbUses: readonly string[] = lexicon.verbUses;

/** Words that never name a product alone ("东西坏了"). */
export const vagueProducts: ReadonlySet<string> = new Set(lexicon.vague);

/** Verbs that, followed by 的/了, introduce what was bought ("买的", "办的"). */
export const purchaseVerbs: ReadonlySet<string> = new Set(lexicon.purchaseVerbs);

/** Words skipped between a purchase verb and the product ("买的那个…"). */
export const determiners: ReadonlySet<string> = new Set(lexicon.determiners);

/** What follows a lexicon word when it is part of another word (安装费, 手机店). */
export const notProductAfter: readonly string[] = lexicon.notProductAfter;

/** How it was bought or delivered (外卖, 快递): skipped before a product, the product only when nothing else is named. */
export const channels: ReadonlySet<string> = new Set(lexicon.channels);

/** Parts cut off the product named before them (平板屏幕 → 平板); alone they are the product (换的屏幕). */
export const parts: ReadonlySet<string> = new Set(lexicon.parts);

/** Staff after a service word (宽带师傅, 外卖骑手): the service counts only when nothing else is named. */
export const personAfter: readonly string[] = lexicon.personAfter;

/** Makers named before the product (戴森吹风机): words of their own, kept with the product after them. */
export const brands: ReadonlySet<string> = new Set(lexicon.brands);
const longestBrand = Math.max(...lexicon.brands.map((brand) => brand.length));

/** The longest brand the text ends with ("买的荣耀" → 荣耀), or undefined. */
export function brandAtEnd(text: string): string | undefined {
  return longestAtEnd(text, brands, longestBrand);
}

// Endings that make an unknown noun phrase a product (美容仪, 米粉, 工学椅, 驾考班), with the kind they give it.
const endingKinds: ReadonlyMap<string, ProductKind> = new Map([
  ...lexicon.productEndings.goods.map((e) => [e, 'goods'] as const),
  ...lexicon.productEndings.services.map((e) => [e, 'service'] as const),
]);
const longestEnding = Math.max(...[...endingKinds.keys()].map((e) => e.length));

/** The longest product ending the text ends with ("亨氏米粉" → 粉, "跟妆服务" → 服务), or undefined. */
export function endingAtEnd(text: string): string | undefined {
  return longestAtEnd(text, endingKinds, longestEnding);
}
