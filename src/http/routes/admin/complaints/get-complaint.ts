import { Hono } from 'hono';
import { findCaseFile } from '../../../../db/timeline.ts';
import { summarizeHandoff } from '../../../../handoff/summarize-handoff.ts';
import type { AppEnv } from '../../../app-env.ts';
import { requireAgent } from '../../../auth.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { codeParams, complaintDetailSchema } from '../internal/admin-schemas.ts';
import { requireComplaint } from '../internal/enforce.ts';

export const getComplaintRoute = defineRoute({
  method: 'get',
  path: '/complaints/{code}',
  operationId: 'getComplaint',
  summary: '投诉详情 / one complaint with its timeline, messages, proposals and handoff summary',
  tag: 'complaints',
  role: 'frontline',
  params: codeParams,
  response: { status: 200, description: 'the complaint', schema: complaintDetailSchema },
  errors: ['not_found'],
});

/** GET /complaints/{code}: everything an agent needs to take the complaint over. */
export const getComplaintHandler = new Hono<AppEnv>().get(honoPath(getComplaintRoute.path), async (c) => {
  await requireAgent(c, 'frontline');
  const { db } = c.var.deps;
  const complaint = await requireComplaint(db, c.req.param('code'));
  const file = (await findCaseFile(db, complaint.code))!;
  const summary = summarizeHandoff({ complaint, messages: file.messages, proposals: file.proposals });
  return c.json({ ...complaint, ...file, summary });
});
