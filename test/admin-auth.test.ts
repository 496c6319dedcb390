// The cross-cutting rule of the admin API, for every route the router has: no token, a malformed or wrong token and a
// deactivated account are 401; every role below the route's minimum is 403; the minimum role gets past the check.
// The list of routes comes from the router itself, so a route added without an entry in the table fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../src/accounts/roles.ts';
import { honoPath } from '../src/http/openapi.ts';
import { adminApiRoutes, adminBasePath, adminRoutes } from '../src/http/routes/admin/admin-routes.ts';
import { type AdminDesk, adminToken, createAdminDesk } from './admin-fixtures.ts';

/** Harmless values for path parameters: nothing exists under them, except the frontline queue. */
const sampleParams: Record<string, string> = { code: 'TS-20000101-0001', id: 'no-such-id', queue: 'frontline' };

const routerRoutes = adminRoutes.routes
  .filter((r) => r.method !== 'ALL')
  .map((r) => ({ method: r.method.toLowerCase(), path: r.path }));

const tableByKey = new Map(adminApiRoutes.map((r) => [`${r.method} ${honoPath(r.path)}`, r]));

const cases = routerRoutes.map(({ method, path }) => {
  const spec = tableByKey.get(`${method} ${path}`);
  return {
    name: `${method.toUpperCase()} ${path}`,
    method: method.toUpperCase(),
    url: `${adminBasePath}${path.replace(/:(\w+)/g, (_, name: string) => sampleParams[name] ?? 'x')}`,
    role: spec?.role,
    hasBody: method !== 'get',
  };
});

let desk: AdminDesk;
const tokens = {} as Record<Role, string>;
let deactivatedToken: string;

beforeAll(async () => {
  desk = await createAdminDesk();
  tokens.admin = adminToken;
  for (const role of ['frontline', 'specialist', 'supervisor'] as const)
    tokens[role] = (await desk.addAgent(role)).token;
  const gone = await desk.addAgent('admin', 'former admin');
  deactivatedToken = gone.token;
  expect((await desk.admin.patch(`/agents/${gone.id}`, adminToken, { active: false })).status).toBe(200);
});
afterAll(() => desk.dispose());

function request(c: (typeof cases)[number], headers: Record<string, string>) {
  return desk.call(c.method, c.url, { headers, ...(c.hasBody ? { body: {} } : {}) });
}

describe('the admin route table', () => {
  it('covers every route the router serves, and nothing else', () => {
    expect(routerRoutes.length).toBeGreaterThanOrEqual(14);
    expect(cases.filter((c) => !c.role).map((c) => c.name)).toEqual([]);
    expect(new Set(routerRoutes.map((r) => `${r.method} ${r.path}`))).toEqual(new Set(tableByKey.keys()));
  });
});

describe.each(cases)('$name', (c) => {
  it('rejects a missing token with 401 unauthorized', async () => {
    const res = await request(c, {});
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
  });

  it('rejects a malformed Authorization header with 401', async () => {
    for (const header of ['Basic YWRtaW46YWRtaW4=', 'Bearer', 'Bearer ', adminToken, `Bearer ${adminToken} extra`]) {
      const res = await request(c, { authorization: header });
      expect(res.status, header).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
    }
  });

  it('rejects a wrong token with 401', async () => {
    for (const token of ['qt_not-a-real-token', `${adminToken}x`, 'x'.repeat(2000)]) {
      const res = await request(c, { authorization: `Bearer ${token}` });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
    }
  });

  it('rejects the token of a deactivated account with 401', async () => {
    const res = await request(c, { authorization: `Bearer ${deactivatedToken}` });
    expect(res.status).toBe(401);
  });

  it('rejects every role below its minimum with 403 forbidden, and lets the minimum through', async () => {
    const minimum = c.role!;
    for (const role of roles.slice(0, roles.indexOf(minimum))) {
      const res = await request(c, { authorization: `Bearer ${tokens[role]}` });
      expect(res.status, role).toBe(403);
      expect(res.body).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
    }
    for (const role of roles.slice(roles.indexOf(minimum))) {
      const res = await request(c, { authorization: `Bearer ${tokens[role]}` });
      expect([401, 403], `${role}: ${JSON.stringify(res.body)}`).not.toContain(res.status);
      expect(res.status).toBeLessThan(500);
    }
  });
});
