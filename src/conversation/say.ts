import { z } from 'zod';
import copyJson from './copy.zh.json' with { type: 'json' };

const copy = z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)])).parse(copyJson) as Record<
  string,
  string[] | string
>;

export type CopyKey = Exclude<keyof typeof copyJson, '$comment'>;

/**
 * One of the variants of `key`, chosen by `seed` so that successive turns vary their wording while the same turn
 * always reads the same (deterministic for tests), with {placeholders} filled in.
 */
export function say(key: CopyKey, vars: Record<string, string | number> = {}, seed = 0): string {
  const variants = copy[key] as string[];
  const template = variants[Math.abs(seed) % variants.length]!;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
