import { z } from 'zod';

const patternsSchema = z.object({ $comment: z.string().optional(), patterns: z.array(z.string()).min(1) });

const cueGroupSchema = z.object({
  $comment: z.string().optional(),
  /** what the group reports, e.g. "injury" or "food" */
  kind: z.string().default('cue'),
  cues: z.array(z.string()).min(1),
  /** the cue counts only when this pattern is found elsewhere in its clause, sentence (default) or whole text */
  context: z.string().optional(),
  contextWithin: z.enum(['clause', 'sentence', 'text']).default('sentence'),
  /** the cue does not count when this pattern is found elsewhere in its sentence */
  unless: z.string().optional(),
});

/**
 * A cue file. Patterns are regular expressions over normalised text in which clause breaks are written `¦`;
 * `{name}` inserts a vocabulary entry and `…` stands for one character of the same clause. Scope patterns
 * (`denied`, `hypothetical`) see the cue's sentence with the cue itself written `◆`.
 */
export const cueRulesSchema = z.object({
  $comment: z.string().optional(),
  vocabulary: z.record(z.string(), z.string()).default({}),
  groups: z.array(cueGroupSchema).min(1),
  /** product names and idioms blanked out before matching */
  ignore: z.array(patternsSchema).default([]),
  /** words that deny a cue shortly after them in the same clause ("没有漏电") */
  negation: z.array(z.string()).default([]),
  /** other ways a sentence says the cue did not happen or is not meant ("漏电倒是没有", "12315我就不打了") */
  denied: z.array(patternsSchema).default([]),
  /** ways a sentence makes the cue a worry, a question or hearsay rather than something that happened */
  hypothetical: z.array(patternsSchema).default([]),
});
export type CueRules = z.input<typeof cueRulesSchema>;

export interface CompiledGroup {
  kind: string;
  regex: RegExp;
  context?: RegExp;
  contextWithin: 'clause' | 'sentence' | 'text';
  unless?: RegExp;
}

/** A cue file with every pattern expanded and compiled once. */
export interface CompiledCueRules {
  groups: CompiledGroup[];
  ignore?: RegExp;
  negation?: RegExp;
  denied?: RegExp;
  hypothetical?: RegExp;
}

/** One character that stays inside the clause and is not the cue marker. */
const clauseChar = '[^¦。!?\\n◆]';

/** Parses a cue file (as read from JSON) and compiles its patterns; throws on a bad file, name or pattern. */
export function compileCueRules(input: unknown): CompiledCueRules {
  const rules = cueRulesSchema.parse(input);
  const expand = (pattern: string, depth = 0): string =>
    pattern
      .replace(/\{([a-z][a-zA-Z]*)\}/g, (_, name: string) => {
        const entry = rules.vocabulary[name];
        if (entry === undefined || depth > 3) throw new Error(`unknown or recursive vocabulary {${name}}`);
        return `(?:${expand(entry, depth + 1)})`;
      })
      .replaceAll('…', clauseChar);
  const anyOf = (patterns: string[], flags = '') =>
    patterns.length ? new RegExp(patterns.map((p) => `(?:${expand(p)})`).join('|'), flags) : undefined;
  const flatten = (groups: { patterns: string[] }[]) => groups.flatMap((g) => g.patterns);

  return {
    groups: rules.groups.map((group) => ({
      kind: group.kind,
      regex: anyOf(group.cues, 'g')!,
      context: group.context === undefined ? undefined : anyOf([group.context]),
      contextWithin: group.contextWithin,
      unless: group.unless === undefined ? undefined : anyOf([group.unless]),
    })),
    ignore: anyOf(flatten(rules.ignore), 'g'),
    negation: anyOf(rules.negation, 'g'),
    denied: anyOf(flatten(rules.denied)),
    hypothetical: anyOf(flatten(rules.hypothetical)),
  };
}
