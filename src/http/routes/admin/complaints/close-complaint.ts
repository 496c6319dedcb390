import { Hono } from 'hono';
import { z } from 'zod';
import { complaintRecordSchema } from '../../../../complaint/complaint-record.ts';
import { outcomeSchema } from '../../../../complaint/taxonomy.ts';
import { findComplaint } from '../../../../db/complaints.ts';
import { checkCaseAction } from '../../../../handoff/case-access.ts';
import type { AppEnv } from '../../../app-env.ts';
import { requireAgent } from '../../../auth.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readBody } from '../../../read-body.ts';
import { agentText, codeParams } from '../internal/admin-schemas.ts';
import { closeCase } from '../internal/close-case.ts';
import { enforce, requireComplaint } from '../internal/enforce.ts';
import { publishToCustomer } from '../internal/tell-customer.ts';

export const closeComplaintRoute = defineRoute({
  method: 'post',
  path: '/complaints/{code}/close',
  operationId: 'closeComplaint',
  summary: '结束投诉 / close a complaint',
  description:
    '投诉终止 with an outcome: `accepted` (the open proposal, if any, is recorded as the agreed remedy), ' +
    '`unresolved` (the customer is told the external routes of guide 七: 消委会调解, 12315, 仲裁, 法院) or ' +
    '`withdrawn`. The customer gets a closing message and a 1-5 survey invitation, and the conversation goes back ' +
    'to the bot, which reads the score. Closing a closed complaint is 409. Only the assignee (or a supervisor/admin).',
  tag: 'complaints',
  role: 'frontline',
  params: codeParams,
  body: z.object({ outcome: outcomeSchema, note: agentText(2000).optional() }),
  response: { status: 200, description: 'the closed complaint', schema: complaintRecordSchema },
  errors: ['not_found', 'conflict', 'invalid_json', 'validation_failed'],
});

/** POST /complaints/{code}/close: 投诉终止. */
export const closeComplaintHandler = new Hono<AppEnv>().post(honoPath(closeComplaintRoute.path), async (c) => {
  const agent = await requireAgent(c, 'frontline');
  const body = await readBody(c, closeComplaintRoute.body);
  const { db, now, bus } = c.var.deps;
  const at = now();
  const { code, deliveries } = await db.$transaction(async (tx) => {
    const complaint = await requireComplaint(tx, c.req.param('code'));
    enforce(checkCaseAction(agent, complaint));
    const deliveries = await closeCase(tx, agent, { code: complaint.code, outcome: body.outcome, note: body.note, at });
    return { code: complaint.code, deliveries };
  });
  publishToCustomer(bus, deliveries);
  bus.emit('deskChange', { code, kind: 'complaint_updated', at });
  return c.json(await findComplaint(db, code));
});
