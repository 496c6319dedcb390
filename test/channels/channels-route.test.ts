// GET /api/admin/channels: the console's view of the WeChat connection, login QR code included, for supervisors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialWechatStatus, nextWechatStatus } from '../../src/channels/wechat/wechat-status.ts';
import { type AdminDesk, adminToken, createAdminDesk } from '../admin-fixtures.ts';

let desk: AdminDesk;
beforeAll(async () => {
  desk = await createAdminDesk();
});
afterAll(() => desk.dispose());

describe('GET /api/admin/channels', () => {
  it('shows each channel’s status, the QR code while waiting for a scan', async () => {
    const at = new Date('2026-11-28T02:00:00Z');
    const status = nextWechatStatus(initialWechatStatus('wechaty-puppet-wechat4u', at), {
      type: 'scan',
      qrcode: 'https://login.weixin.qq.com/l/x',
      qrcodeImage: 'data:image/png;base64,AAAA',
      at,
    });
    desk.channels.publish(status);
    const supervisor = await desk.addAgent('supervisor');
    const res = await desk.admin.get('/channels', supervisor.token);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [status] });
  });

  it('is for supervisors and admins only: the QR code logs an account in', async () => {
    const frontline = await desk.addAgent('frontline');
    const specialist = await desk.addAgent('specialist');
    expect((await desk.admin.get('/channels', frontline.token)).status).toBe(403);
    expect((await desk.admin.get('/channels', specialist.token)).status).toBe(403);
    expect((await desk.admin.get('/channels', adminToken)).status).toBe(200);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = await desk.call('GET', '/api/openapi.json');
    expect(doc.body.paths['/api/admin/channels'].get).toMatchObject({
      operationId: 'listChannels',
      'x-required-role': 'supervisor',
    });
  });
});
