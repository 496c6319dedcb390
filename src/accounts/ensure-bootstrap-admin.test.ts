import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/db.ts';
import { findAgentByTokenHash } from '../db/agents.ts';
import { ensureBootstrapAdmin } from './ensure-bootstrap-admin.ts';
import { hashToken } from './token.ts';

let testDb: Awaited<ReturnType<typeof createTestDb>>;
beforeEach(async () => {
  testDb = await createTestDb();
});
afterEach(() => testDb.dispose());

describe('ensureBootstrapAdmin', () => {
  it('generates a token once and keeps it on later starts', async () => {
    const first = await ensureBootstrapAdmin(testDb.db, undefined);
    expect(first.kind).toBe('generated');
    const token = first.kind === 'generated' ? first.token : '';
    expect(await ensureBootstrapAdmin(testDb.db, undefined)).toEqual({ kind: 'existing' });
    const admin = await findAgentByTokenHash(testDb.db, hashToken(token));
    expect(admin?.role).toBe('admin');
    expect(admin?.tokenHash).not.toContain(token);
  });

  it('lets ADMIN_TOKEN replace the generated token', async () => {
    const first = await ensureBootstrapAdmin(testDb.db, undefined);
    await ensureBootstrapAdmin(testDb.db, 'a-configured-token-0001');
    expect(await findAgentByTokenHash(testDb.db, hashToken('a-configured-token-0001'))).not.toBeNull();
    const old = first.kind === 'generated' ? first.token : '';
    expect(await findAgentByTokenHash(testDb.db, hashToken(old))).toBeNull();
    expect(await testDb.db.agent.count()).toBe(1);
  });
});
