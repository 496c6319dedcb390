import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/db.ts';
import { createKnowledgeBase } from '../knowledge/create-knowledge-base.ts';
import { samplePoliciesDir } from '../knowledge/read-policy-files.ts';
import { silentLogger } from '../log.ts';
import type { Db } from './client.ts';
import {
  createKnowledgeDocument,
  deleteKnowledgeDocument,
  findKnowledgeDocument,
  listKnowledgeDocuments,
  listKnowledgeVersions,
  seedKnowledge,
  updateKnowledgeDocument,
} from './knowledge.ts';

let db: Db;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ db, dispose } = await createTestDb());
});
afterEach(() => dispose());

const invoices = () => db.knowledgeDocument.findUniqueOrThrow({ where: { slug: 'invoices.md' } });

describe('seedKnowledge', () => {
  it('fills an empty database from knowledge/*.md once, slug = file name, README.md left out', async () => {
    expect(await seedKnowledge(db, samplePoliciesDir)).toEqual({ status: 'seeded', documents: 13, skipped: [] });
    const documents = await listKnowledgeDocuments(db);
    expect(documents).toHaveLength(13);
    expect(documents.find((d) => d.slug === 'returns-7-day.md')).toMatchObject({
      title: '七天无理由退货',
      category: '退换货',
      effective: '2026-01-01',
      version: 1,
    });
    expect(documents.every((d) => !d.body.startsWith('---'))).toBe(true);
    expect(await listKnowledgeVersions(db, (await invoices()).id)).toMatchObject([{ version: 1, editedBy: 'seed' }]);
  });

  it('does nothing the second time, so admin edits and deletions survive a restart', async () => {
    await seedKnowledge(db, samplePoliciesDir);
    const { id } = await invoices();
    await updateKnowledgeDocument(db, id, { title: '发票（本店版）', body: '本店只开电子发票。' }, 'agent:admin');
    const returns = await db.knowledgeDocument.findUniqueOrThrow({ where: { slug: 'returns-7-day.md' } });
    await deleteKnowledgeDocument(db, returns.id);

    expect(await seedKnowledge(db, samplePoliciesDir)).toEqual({ status: 'not_empty' });
    expect(await findKnowledgeDocument(db, id)).toMatchObject({ title: '发票（本店版）', body: '本店只开电子发票。' });
    expect(await findKnowledgeDocument(db, returns.id)).toBeNull();
    expect(await db.knowledgeDocument.count()).toBe(13);
  });

  it('does not seed again after every document was deleted', async () => {
    await seedKnowledge(db, samplePoliciesDir);
    for (const d of await listKnowledgeDocuments(db)) await deleteKnowledgeDocument(db, d.id);
    expect(await seedKnowledge(db, samplePoliciesDir)).toEqual({ status: 'not_empty' });
    expect(await listKnowledgeDocuments(db)).toEqual([]);
  });

  it('reports files with bad front-matter and seeds the rest', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingting-kb-'));
    try {
      fs.writeFileSync(path.join(dir, 'good.md'), '---\ntitle: 好政策\n---\n正文。');
      fs.writeFileSync(path.join(dir, 'bad.md'), '没有 front-matter');
      fs.writeFileSync(path.join(dir, 'README.md'), '# 说明');
      const result = await seedKnowledge(db, dir);
      expect(result).toMatchObject({ status: 'seeded', documents: 1, skipped: [{ file: 'bad.md' }] });
      expect((await listKnowledgeDocuments(db)).map((d) => d.slug)).toEqual(['good.md']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('knowledge documents', () => {
  it('an update makes a new version and keeps the old text', async () => {
    const created = await createKnowledgeDocument(
      db,
      { title: '价保', category: '价格', body: '7 天价保。' },
      'agent:a',
    );
    const updated = await updateKnowledgeDocument(
      db,
      created.id,
      { title: '价保', category: '价格', body: '15 天价保。' },
      'agent:b',
    );
    expect(updated).toMatchObject({ id: created.id, version: 2, body: '15 天价保。', effective: null });
    expect(await listKnowledgeVersions(db, created.id)).toMatchObject([
      { version: 2, body: '15 天价保。', editedBy: 'agent:b' },
      { version: 1, body: '7 天价保。', editedBy: 'agent:a' },
    ]);
  });

  it('two updates at the same time both become versions', async () => {
    const created = await createKnowledgeDocument(db, { title: '价保', body: 'v1' });
    await Promise.all([
      updateKnowledgeDocument(db, created.id, { title: '价保', body: 'v2a' }),
      updateKnowledgeDocument(db, created.id, { title: '价保', body: 'v2b' }),
    ]);
    const versions = await listKnowledgeVersions(db, created.id);
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect((await findKnowledgeDocument(db, created.id))?.body).toBe(versions[0]?.body);
  });

  it('an update that changes nothing makes no version', async () => {
    const created = await createKnowledgeDocument(db, { title: '价保', body: '7 天价保。' });
    expect(await updateKnowledgeDocument(db, created.id, { title: '价保', body: '7 天价保。' })).toMatchObject({
      version: 1,
    });
    expect(await listKnowledgeVersions(db, created.id)).toHaveLength(1);
  });

  it('a deleted document is gone from reads and cannot be updated or deleted again; its versions stay', async () => {
    const created = await createKnowledgeDocument(db, { title: '价保', body: '7 天价保。' });
    expect(await deleteKnowledgeDocument(db, created.id)).toBe(true);
    expect(await deleteKnowledgeDocument(db, created.id)).toBe(false);
    expect(await findKnowledgeDocument(db, created.id)).toBeNull();
    expect(await listKnowledgeDocuments(db)).toEqual([]);
    expect(await updateKnowledgeDocument(db, created.id, { title: '价保', body: '新' })).toBeNull();
    expect(await listKnowledgeVersions(db, created.id)).toHaveLength(1);
    expect(await deleteKnowledgeDocument(db, 'no-such-id')).toBe(false);
  });

  it('the knowledge base built from the database stops finding a document deleted before a rebuild', async () => {
    await seedKnowledge(db, samplePoliciesDir);
    const kb = await createKnowledgeBase({ db, log: silentLogger });
    const { id } = await invoices();
    expect(await kb.answer('可以开增值税专用发票吗')).toMatchObject({
      kind: 'answer',
      citations: [{ documentId: id }],
    });

    await deleteKnowledgeDocument(db, id);
    await kb.rebuild(await listKnowledgeDocuments(db));
    expect((await kb.search('增值税专用发票', 10)).map((p) => p.documentId)).not.toContain(id);
    expect(await kb.answer('可以开增值税专用发票吗')).toEqual({ kind: 'no_answer', reason: 'no_policy_answer' });
  });

  it('the knowledge base answers from an admin edit after a rebuild', async () => {
    await seedKnowledge(db, samplePoliciesDir);
    const kb = await createKnowledgeBase({ db, log: silentLogger });
    const { id } = await invoices();
    await updateKnowledgeDocument(db, id, {
      title: '电子发票开具与更正',
      body: '本店现在可以开具增值税专用发票，下单后联系客服提供单位名称和税号即可。',
    });
    await kb.rebuild(await listKnowledgeDocuments(db));
    const answer = await kb.answer('可以开增值税专用发票吗');
    expect(answer).toMatchObject({ kind: 'answer', citations: [{ documentId: id }] });
    if (answer.kind === 'answer') expect(answer.text).toContain('现在可以开具增值税专用发票');
  });
});
