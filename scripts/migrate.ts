// `npm run db:migrate`: apply pending migrations to DATABASE_URL (start-up does the same by itself).
import { sqliteFilePath } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { parseEnv } from '../src/env.ts';

if (process.env.DATABASE_URL === undefined && (await import('node:fs')).existsSync('.env')) process.loadEnvFile('.env');
const parsed = parseEnv(process.env);
if (!parsed.ok) {
  console.error(`配置有误 / invalid configuration:\n  ${parsed.errors.join('\n  ')}`);
  process.exit(1);
}
const file = sqliteFilePath(parsed.env.DATABASE_URL);
const applied = applyMigrations(file);
console.log(applied.length ? `applied ${applied.join(', ')} to ${file}` : `${file} is up to date`);
