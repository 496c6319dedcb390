import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations } from './migrate.ts';

const run = promisify(execFile);
const tmpDirs: string[] = [];
function tmpFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingting-migrate-'));
  tmpDirs.push(dir);
  return path.join(dir, 'nested', 'test.db');
}
afterEach(() => {
  for (const dir of tmpDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  it('match prisma/schema.prisma exactly (the schema engine finds nothing left to migrate)', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--no-warnings', '--experimental-wasm-modules', 'scripts/migrate-diff.mjs', '--check'],
      { cwd: path.resolve(import.meta.dirname, '../..') },
    );
    expect(stdout).toContain('migrations match the schema');
  });

  it('apply once, record themselves, and are skipped the second time', () => {
    const file = tmpFile();
    const first = applyMigrations(file);
    expect(first.length).toBeGreaterThan(0);
    expect(applyMigrations(file)).toEqual([]);
    const db = new Database(file, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    const recorded = db.prepare('SELECT migration_name FROM _prisma_migrations').pluck().all();
    db.close();
    expect(tables).toEqual(expect.arrayContaining(['Complaint', 'ComplaintEvent', 'Conversation', 'Message', 'Agent']));
    expect(recorded).toEqual(first);
  });

  it('roll back a failing migration and leave the database as it was', () => {
    const file = tmpFile();
    const dir = path.join(path.dirname(path.dirname(file)), 'migrations');
    fs.mkdirSync(path.join(dir, '001_ok'), { recursive: true });
    fs.writeFileSync(path.join(dir, '001_ok', 'migration.sql'), 'CREATE TABLE "A" ("id" INTEGER);');
    fs.mkdirSync(path.join(dir, '002_bad'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, '002_bad', 'migration.sql'),
      'CREATE TABLE "B" ("id" INTEGER); SELECT * FROM nope;',
    );
    expect(() => applyMigrations(file, dir)).toThrow(/nope/);
    const db = new Database(file, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    db.close();
    expect(tables).toContain('A');
    expect(tables).not.toContain('B');
  });
});
