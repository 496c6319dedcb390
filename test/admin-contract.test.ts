// The admin API's contract with clients: the OpenAPI document generated from the route table, and that nothing a
// client sends — malformed JSON, wrong types, unknown codes, huge bodies — produces a 5xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { honoPath } from '../src/http/openapi.ts';
import { adminApiRoutes, adminBasePath } from '../src/http/routes/admin/admin-routes.ts';
import { type AdminDesk, adminToken, createAdminDesk } from './admin-fixtures.ts';

let desk: AdminDesk;
let code: string;
let proposalId: string;
beforeAll(async () => {
  desk = await createAdminDesk();
  code = (await desk.frontlineComplaint()).code;
  await desk.admin.post(`/complaints/${code}/claim`, adminToken);
  const proposal = await desk.admin.post(`/complaints/${code}/proposals`, adminToken, {
    remedies: ['道歉'],
    text: '抱歉',
  });
  proposalId = proposal.body.proposal.id;
});
afterAll(() => desk.dispose());

describe('GET /api/openapi.json', () => {
  it('describes every admin route as OpenAPI 3.1, with its required role', async () => {
    const res = await desk.call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.openapi).toBe('3.1.0');
    for (const route of adminApiRoutes) {
      const operation = doc.paths[`${adminBasePath}${route.path}`]?.[route.method];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation['x-required-role']).toBe(route.role);
      expect(operation.security).toEqual([{ bearerAuth: [] }]);
      expect(operation.responses[String(route.response.status)]).toBeDefined();
      expect(operation.responses['401']).toBeDefined();
    }
    expect(Object.values(doc.paths).flatMap((p) => Object.keys(p as object))).toHaveLength(adminApiRoutes.length);
  });

  it('generates schemas from the zod schemas, with every $ref resolvable', async () => {
    const doc = (await desk.call('GET', '/api/openapi.json')).body;
    expect(doc.components.schemas.Complaint.properties.status.enum).toEqual([
      'received',
      'acknowledged',
      'assessed',
      'investigating',
      'proposed',
      'closed',
    ]);
    const close = doc.paths[`${adminBasePath}/complaints/{code}/close`].post;
    expect(close.requestBody.content['application/json'].schema.properties.outcome.enum).toEqual([
      'accepted',
      'unresolved',
      'withdrawn',
    ]);
    const list = doc.paths[`${adminBasePath}/complaints`].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['status', 'queue', 'category', 'severity', 'q', 'cursor', 'limit']),
    );
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of new Set(refs)) {
      const name = ref.match(/#\/components\/schemas\/([^"]+)/)?.[1];
      expect(doc.components.schemas[name ?? ''], ref).toBeDefined();
    }
  });
});

describe('bad input never produces a 5xx', () => {
  const bodies = [
    '',
    '{',
    'null',
    '[]',
    '"text"',
    '123',
    'true',
    '{"text":{}}',
    '{"queue":5}',
    '{"remedies":"道歉"}',
    '{"outcome":null}',
    '{"accepted":"yes"}',
    '{"amount":-1,"remedies":["道歉"],"text":"x"}',
    '{"name":123,"role":[]}',
    '{"__proto__":{"admin":true}}',
    '{"text":"\\u0000"}',
    `{"text":"${'深'.repeat(6000)}"}`,
  ];

  const routes = adminApiRoutes.map((r) => ({
    name: `${r.method.toUpperCase()} ${r.path}`,
    method: r.method.toUpperCase(),
    url: `${adminBasePath}${honoPath(r.path)}`,
  }));

  it.each(routes)('$name answers garbage bodies with a 4xx JSON error', async (route) => {
    const url = route.url.replace(':code', code).replace(':id', proposalId).replace(':queue', 'frontline');
    for (const rawBody of route.method === 'GET' ? [''] : bodies) {
      const res = await desk.call(route.method, url, { token: adminToken, rawBody: rawBody || undefined });
      expect(res.status, rawBody.slice(0, 40)).toBeLessThan(500);
      if (res.status >= 400) expect(res.body.error).toEqual({ code: expect.any(String), message: expect.any(String) });
    }
  });

  it('answers malformed JSON with 400 invalid_json and wrong types with 400 validation_failed', async () => {
    const bad = await desk.call('POST', `${adminBasePath}/complaints/${code}/messages`, {
      token: adminToken,
      rawBody: '{"text":',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_json');
    const wrong = await desk.admin.post(`/complaints/${code}/messages`, adminToken, { text: 42 });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toEqual({ code: 'validation_failed', message: expect.stringContaining('text') });
  });

  it('answers unknown complaint codes, proposals and agents with 404 not_found', async () => {
    for (const path of ['/complaints/TS-20261128-9999', '/complaints/nonsense', '/complaints/%E6%8A%95%E8%AF%89']) {
      const res = await desk.admin.get(path, adminToken);
      expect(res.status, path).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    expect((await desk.admin.post('/complaints/TS-20261128-9999/claim', adminToken)).status).toBe(404);
    expect(
      (await desk.admin.post(`/complaints/${code}/proposals/nope/response`, adminToken, { accepted: true })).status,
    ).toBe(404);
    expect((await desk.admin.post('/agents/nope/token', adminToken)).status).toBe(404);
    const unknownRoute = await desk.call('GET', `${adminBasePath}/nothing`, { token: adminToken });
    expect(unknownRoute.status).toBe(404);
    expect(unknownRoute.body.error.code).toBe('not_found');
  });

  it('refuses a huge body with 413 payload_too_large', async () => {
    const huge = JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) });
    for (const withLength of [true, false]) {
      const res = await desk.call('POST', `${adminBasePath}/complaints/${code}/messages`, {
        token: adminToken,
        rawBody: huge,
        headers: withLength ? { 'content-length': String(huge.length) } : {},
      });
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('payload_too_large');
    }
  });

  it('refuses an over-long message with 400, not a stored wall of text', async () => {
    const res = await desk.admin.post(`/complaints/${code}/messages`, adminToken, { text: '长'.repeat(5001) });
    expect(res.status).toBe(400);
    expect(await desk.db.message.count({ where: { text: { startsWith: '长长长' } } })).toBe(0);
  });
});
