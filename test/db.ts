import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, type Db } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';

/** A real, migrated SQLite database in a temporary folder; `dispose` disconnects and deletes it. */
export async function createTestDb(): Promise<{ db: Db; url: string; dispose: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingting-test-'));
  const file = path.join(dir, 'test.db');
  applyMigrations(file);
  const url = `file:${file}`;
  const db = createDb(url);
  return {
    db,
    url,
    dispose: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
