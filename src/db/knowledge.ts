import type { KnowledgeDocument, KnowledgeVersion } from '../generated/prisma/client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { PolicyDocument, PolicyInput, PolicyVersion } from '../knowledge/policy-document.ts';
import { readPolicyFiles } from '../knowledge/read-policy-files.ts';
import type { Db } from './client.ts';

/** Live (not deleted) policy documents, oldest first. */
export async function listKnowledgeDocuments(db: Db): Promise<PolicyDocument[]> {
  const rows = await db.knowledgeDocument.findMany({
    where: { deletedAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map(toPolicyDocument);
}

/** Titles of the live policies by slug (without their bodies): what policy offers may cite. */
export async function listLivePolicyTitles(db: Db): Promise<Map<string, string>> {
  const rows = await db.knowledgeDocument.findMany({
    where: { deletedAt: null, slug: { not: null } },
    select: { slug: true, title: true },
  });
  return new Map(rows.map((row) => [row.slug!, row.title]));
}

/** One live policy document, or null when it does not exist or was deleted. */
export async function findKnowledgeDocument(db: Db, id: string): Promise<PolicyDocument | null> {
  const row = await db.knowledgeDocument.findFirst({ where: { id, deletedAt: null } });
  return row ? toPolicyDocument(row) : null;
}

/** Every kept version of a document, newest first (empty when the document does not exist). */
export async function listKnowledgeVersions(db: Db, documentId: string): Promise<PolicyVersion[]> {
  const rows = await db.knowledgeVersion.findMany({ where: { documentId }, orderBy: { version: 'desc' } });
  return rows.map(toPolicyVersion);
}

/** Creates a policy document at version 1; the version row records who wrote it. */
export async function createKnowledgeDocument(
  db: Db | Prisma.TransactionClient,
  input: PolicyInput & { slug?: string },
  editedBy: string | null = null,
): Promise<PolicyDocument> {
  const fields = policyFields(input);
  const row = await db.knowledgeDocument.create({
    data: {
      ...fields,
      slug: input.slug ?? null,
      version: 1,
      versions: { create: { ...fields, version: 1, editedBy } },
    },
  });
  return toPolicyDocument(row);
}

/**
 * Replaces a live document's text as a new version (the old versions stay in KnowledgeVersion).
 * Null when the document does not exist or was deleted; an edit that changes nothing makes no version.
 */
export async function updateKnowledgeDocument(
  db: Db,
  id: string,
  input: PolicyInput,
  editedBy: string | null = null,
): Promise<PolicyDocument | null> {
  const fields = policyFields(input);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const current = await tx.knowledgeDocument.findFirst({ where: { id, deletedAt: null } });
        if (!current) return null;
        const keys = Object.keys(fields) as (keyof typeof fields)[];
        if (keys.every((key) => current[key] === fields[key])) return toPolicyDocument(current);
        const version = current.version + 1;
        await tx.knowledgeVersion.create({ data: { ...fields, documentId: id, version, editedBy } });
        return toPolicyDocument(await tx.knowledgeDocument.update({ where: { id }, data: { ...fields, version } }));
      });
    } catch (error) {
      // Two admins saving at once both read version n; the loser re-reads and becomes n + 2.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/** Soft-deletes a document (its versions are kept); false when it does not exist or was already deleted. */
export async function deleteKnowledgeDocument(db: Db, id: string, now = new Date()): Promise<boolean> {
  const { count } = await db.knowledgeDocument.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: now } });
  return count === 1;
}

export type SeedResult =
  | { status: 'seeded'; documents: number; skipped: { file: string; reason: string }[] }
  | { status: 'not_empty' };

/**
 * Seeds the knowledge base from `dir`/*.md (slug = file name), but only while the KnowledgeDocument table is
 * empty, deleted rows included: the files fill a new installation once and never overwrite an admin's edits.
 * README.md is not a policy; a file with bad front-matter is skipped and reported.
 */
export async function seedKnowledge(db: Db, dir: string): Promise<SeedResult> {
  if ((await db.knowledgeDocument.count()) > 0) return { status: 'not_empty' };
  const { policies, skipped } = readPolicyFiles(dir);
  try {
    await db.$transaction(async (tx) => {
      if ((await tx.knowledgeDocument.count()) > 0) throw new AlreadySeeded();
      for (const policy of policies) await createKnowledgeDocument(tx, policy, 'seed');
    });
  } catch (error) {
    // Another process seeding the same database at the same moment wins; ours is then a no-op.
    if (error instanceof AlreadySeeded || isUniqueViolation(error)) return { status: 'not_empty' };
    throw error;
  }
  return { status: 'seeded', documents: policies.length, skipped };
}

class AlreadySeeded extends Error {}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

function policyFields(input: PolicyInput) {
  return { title: input.title, category: input.category ?? null, effective: input.effective ?? null, body: input.body };
}

function toPolicyDocument(row: KnowledgeDocument): PolicyDocument {
  const { id, slug, title, category, effective, body, version, createdAt, updatedAt } = row;
  return { id, slug, title, category, effective, body, version, createdAt, updatedAt };
}

function toPolicyVersion(row: KnowledgeVersion): PolicyVersion {
  const { version, title, category, effective, body, editedBy, createdAt } = row;
  return { version, title, category, effective, body, editedBy, createdAt };
}
