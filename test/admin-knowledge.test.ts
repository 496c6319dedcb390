import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminDesk, adminToken, createAdminDesk } from './admin-fixtures.ts';

// Issue #5 part 5: admins edit the policies through the API; the bot answers from the edited text at once.
let desk: AdminDesk;
beforeAll(async () => {
  desk = await createAdminDesk();
});
afterAll(() => desk.dispose());

const put = (path: string, token: string, body: unknown) => desk.call('PUT', `/api/admin${path}`, { token, body });
const del = (path: string, token: string) => desk.call('DELETE', `/api/admin${path}`, { token });

describe('knowledge base admin API', () => {
  it('lists the sample policies seeded from knowledge/ once', async () => {
    const res = await desk.admin.get('/knowledge', adminToken);
    expect(res.status).toBe(200);
    const slugs = res.body.items.map((d: { slug: string }) => d.slug);
    expect(slugs).toContain('returns-7-day.md');
    expect(res.body.items.length).toBe(13);
  });

  it('creates a policy the bot answers from immediately', async () => {
    const before = await desk.kb.answer('你们支持以旧换新吗');
    expect(before.kind).toBe('no_answer');
    const created = await desk.admin.post('/knowledge', adminToken, {
      title: '以旧换新',
      category: '服务',
      effective: '2026-12-01',
      body: '购买新电器时，可以用同类旧电器抵扣：旧电热水壶、旧电饭煲抵扣 20 元，旧空气炸锅抵扣 30 元。以旧换新只在门店办理。',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: '以旧换新', version: 1, slug: null });
    const after = await desk.kb.answer('你们支持以旧换新吗 旧电饭煲能抵多少');
    expect(after).toMatchObject({ kind: 'answer' });
    expect(after.kind === 'answer' && after.text).toContain('《以旧换新》');
  });

  it('keeps the old text as a version on update and answers from the new one', async () => {
    const list = await desk.admin.get('/knowledge', adminToken);
    const invoices = list.body.items.find((d: { slug: string }) => d.slug === 'invoices.md');
    const updated = await put(`/knowledge/${invoices.id}`, adminToken, {
      title: invoices.title,
      category: invoices.category,
      effective: '2026-12-01',
      body: `${invoices.body}\n\n自 2026 年 12 月起，也可以开具增值税专用发票，请在下单时备注公司税号。`,
    });
    expect(updated.status).toBe(200);
    expect(updated.body.version).toBe(2);
    const detail = await desk.admin.get(`/knowledge/${invoices.id}`, adminToken);
    expect(detail.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(detail.body.versions[1].body).not.toContain('增值税专用发票，请在下单时备注');
    const search = await desk.kb.search('能开增值税专用发票吗', 3);
    expect(search[0]?.text).toContain('增值税专用发票');
  });

  it('deletes a policy: no longer listed, no longer answered from, versions kept', async () => {
    const list = await desk.admin.get('/knowledge', adminToken);
    const price = list.body.items.find((d: { slug: string }) => d.slug === 'price-guarantee-7-day.md');
    const res = await del(`/knowledge/${price.id}`, adminToken);
    expect(res.status).toBe(200);
    const after = await desk.admin.get('/knowledge', adminToken);
    expect(after.body.items.map((d: { id: string }) => d.id)).not.toContain(price.id);
    const passages = await desk.kb.search('买了三天就降价了能补差价吗', 5);
    expect(passages.map((p) => p.documentId)).not.toContain(price.id);
    expect(await desk.db.knowledgeVersion.count({ where: { documentId: price.id } })).toBe(1);
    expect((await del(`/knowledge/${price.id}`, adminToken)).status).toBe(404);
  });

  it('answers invalid input with 400 and the reason', async () => {
    const noTitle = await desk.admin.post('/knowledge', adminToken, { body: '只有正文' });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.error).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('title') });
    const badDate = await desk.admin.post('/knowledge', adminToken, { title: 'x', body: 'y', effective: '明天' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.message).toContain('effective');
    const broken = await desk.call('POST', '/api/admin/knowledge', { token: adminToken, rawBody: '{"title": ' });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('invalid_json');
    expect((await put('/knowledge/nope', adminToken, { title: 't', body: 'b' })).status).toBe(404);
  });

  it('lets agents read the policies but only admins change them', async () => {
    const frontline = await desk.addAgent('frontline');
    expect((await desk.admin.get('/knowledge', frontline.token)).status).toBe(200);
    const denied = await desk.admin.post('/knowledge', frontline.token, { title: '越权', body: '不应写入' });
    expect(denied.status).toBe(403);
  });
});
