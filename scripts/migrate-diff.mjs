// Offline migration authoring (the native Prisma schema engine cannot be downloaded here).
// Builds a scratch SQLite database from prisma/migrations, then asks the Wasm schema engine for the SQL
// that takes it to prisma/schema.prisma.
//   node --experimental-wasm-modules scripts/migrate-diff.mjs            print the pending SQL
//   node --experimental-wasm-modules scripts/migrate-diff.mjs --check    exit 1 if the migrations lag the schema
//   node --experimental-wasm-modules scripts/migrate-diff.mjs --create N write prisma/migrations/<stamp>_N/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as wasmEngine from '@prisma/schema-engine-wasm';
import Database from 'better-sqlite3';

const schemaPath = 'prisma/schema.prisma';
const migrationsDir = 'prisma/migrations';
const args = process.argv.slice(2);
const check = args.includes('--check');
const createIndex = args.indexOf('--create');
const name = createIndex >= 0 ? args[createIndex + 1] : undefined;

const scratch = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qingting-diff-')), 'scratch.db');
const db = new Database(scratch);
for (const dir of listMigrations()) db.exec(fs.readFileSync(path.join(migrationsDir, dir, 'migration.sql'), 'utf8'));
db.close();

const content = fs.readFileSync(schemaPath, 'utf8');
const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaBetterSqlite3({ url: `file:${scratch}` }));
const engine = await wasmEngine.SchemaEngine.new({ datamodels: [[schemaPath, content]] }, () => {}, adapter);
const result = await engine.diff({
  from: { tag: 'schemaDatasource', files: [{ path: schemaPath, content }], configDir: process.cwd() },
  to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content }] },
  script: true,
  exitCode: null,
  filters: { externalTables: [], externalEnums: [] },
});
const sql = (result.stdout ?? '').trim();
const empty = sql === '' || /^-- This is an empty migration\.?$/.test(sql);
fs.rmSync(path.dirname(scratch), { recursive: true, force: true });

if (check) {
  if (!empty) {
    process.stderr.write(`prisma/migrations lag prisma/schema.prisma; missing SQL:\n${sql}\n`);
    process.exit(1);
  }
  process.stdout.write('migrations match the schema\n');
} else if (name) {
  if (empty) {
    process.stdout.write('nothing to migrate\n');
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name.replace(/\W+/g, '_')}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'migration.sql'), `${sql}\n`);
    const lock = path.join(migrationsDir, 'migration_lock.toml');
    if (!fs.existsSync(lock)) fs.writeFileSync(lock, 'provider = "sqlite"\n');
    process.stdout.write(`wrote ${dir}/migration.sql\n`);
  }
} else {
  process.stdout.write(empty ? '' : `${sql}\n`);
}

function listMigrations() {
  if (!fs.existsSync(migrationsDir)) return [];
  return fs
    .readdirSync(migrationsDir)
    .filter((d) => fs.existsSync(path.join(migrationsDir, d, 'migration.sql')))
    .sort();
}
