import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { type Prisma, PrismaClient } from '../generated/prisma/client.ts';

export type Db = PrismaClient;
/** A client or an open transaction: query functions that may run inside a transaction take this. */
export type DbOrTx = Db | Prisma.TransactionClient;

/** Resolves a `file:` DATABASE_URL to an absolute path, relative to the working directory. */
export function sqliteFilePath(databaseUrl: string, cwd = process.cwd()): string {
  return path.resolve(cwd, databaseUrl.replace(/^file:/, ''));
}

/** Opens the database behind DATABASE_URL, creating the SQLite file's folder when needed. */
export function createDb(databaseUrl: string): Db {
  const file = sqliteFilePath(databaseUrl);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const adapter = new PrismaBetterSqlite3({ url: `file:${file}` });
  return new PrismaClient({ adapter });
}
