// `npm run db:migrate`: apply pending migrations to DATABASE_URL (start-up does the same by itself).
import { sqliteFilePath } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { loadEnvOrExit } from '../src/env.ts';

const file = sqliteFilePath(loadEnvOrExit().DATABASE_URL);
const applied = applyMigrations(file);
console.log(applied.length ? `applied ${applied.join(', ')} to ${file}` : `${file} is up to date`);
