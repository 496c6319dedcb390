import fs from 'node:fs';
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** Configuration read from the environment (SPEC §8); `.env.example` lists the same variables. */
export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .default('file:./data/qingting.db')
    .refine((v) => v.startsWith('file:'), {
      message: 'only SQLite (file:...) is supported for now; PostgreSQL support is on the roadmap',
    }),
  ADMIN_TOKEN: optionalText.pipe(z.string().min(16, 'ADMIN_TOKEN must have at least 16 characters').optional()),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.pipe(z.url().optional()),
  OPENAI_MODEL: optionalText,
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).default(8000),
  WECHATY_PUPPET: optionalText,
  WECHATY_PUPPET_SERVICE_TOKEN: optionalText,
  /** WeChat groups (topics or ids, comma-separated) where the bot answers when @-mentioned; unset: groups ignored */
  WECHAT_GROUPS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(/[,，]/)
        .map((g) => g.trim())
        .filter(Boolean),
    ),
  /** WeChat messages from one contact this close together (ms) are answered as one turn; 0 answers each at once */
  WECHAT_BURST_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  SHOP_NAME: z.string().trim().min(1).default('本店'),
  TZ_BUSINESS: z
    .string()
    .default('Asia/Shanghai')
    .refine(isTimeZone, { message: 'not an IANA time zone, e.g. Asia/Shanghai' }),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

/** Parses the environment; on a bad value returns the problems as readable lines instead of throwing. */
export function parseEnv(
  source: Record<string, string | undefined>,
): { ok: true; env: Env } | { ok: false; errors: string[] } {
  const result = envSchema.safeParse(source);
  if (result.success) return { ok: true, env: result.data };
  return { ok: false, errors: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Reads `.env` (if present) and the environment for a command-line entry point; exits with the problems if bad. */
export function loadEnvOrExit(): Env {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const parsed = parseEnv(process.env);
  if (parsed.ok) return parsed.env;
  process.stderr.write(`配置有误 / invalid configuration:\n  ${parsed.errors.join('\n  ')}\n`);
  process.exit(1);
}
