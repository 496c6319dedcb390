import { Hono } from 'hono';
import { z } from 'zod';
import { complaintRecordSchema } from '../../../../complaint/complaint-record.ts';
import { categorySchema, queueSchema, severitySchema, statusSchema } from '../../../../complaint/taxonomy.ts';
import { listComplaints } from '../../../../db/complaint-list.ts';
import { escalationLevelSchema } from '../../../../handoff/escalation.ts';
import type { AppEnv } from '../../../app-env.ts';
import { requireAgent } from '../../../auth.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readQuery } from '../../../read-body.ts';
import { blankable } from '../internal/admin-schemas.ts';
import { decodeCursor, encodeCursor } from '../internal/list-cursor.ts';

export const listComplaintsRoute = defineRoute({
  method: 'get',
  path: '/complaints',
  operationId: 'listComplaints',
  summary: '投诉列表 / list complaints',
  description:
    'Newest first (receivedAt desc, then code), filtered; pass `nextCursor` back as `cursor` for the next page. ' +
    '`q` searches code, description, product, order number, customer name, phone, email and WeChat ID.',
  tag: 'complaints',
  role: 'frontline',
  query: z.object({
    status: blankable(statusSchema),
    queue: blankable(queueSchema),
    category: blankable(categorySchema),
    severity: blankable(severitySchema),
    escalationLevel: blankable(escalationLevelSchema),
    assignee: blankable(z.string().max(64)).describe('`me`, `none` (unassigned) or an agent id'),
    q: blankable(z.string().max(100)).describe('free-text search'),
    cursor: blankable(z.string().max(500)).describe('`nextCursor` of the previous page'),
    limit: blankable(z.string().regex(/^\d{1,3}$/, { error: 'limit 必须是 1-100 的整数 / integer 1-100' }))
      .transform((v) => (v === undefined ? 20 : Number(v)))
      .pipe(z.number().int().min(1).max(100))
      .describe('page size, 1-100, default 20'),
  }),
  response: {
    status: 200,
    description: 'one page of complaints',
    schema: z.object({ items: z.array(complaintRecordSchema), nextCursor: z.string().nullable() }),
  },
  errors: ['validation_failed'],
});

/** GET /complaints: the console's complaint list, with filters and cursor pagination. */
export const listComplaintsHandler = new Hono<AppEnv>().get(honoPath(listComplaintsRoute.path), async (c) => {
  const agent = await requireAgent(c, 'frontline');
  const query = readQuery(c, listComplaintsRoute.query);
  const assigneeId = query.assignee === 'me' ? agent.id : query.assignee === 'none' ? null : query.assignee;
  const page = await listComplaints(
    c.var.deps.db,
    {
      status: query.status,
      queue: query.queue,
      category: query.category,
      severity: query.severity,
      escalationLevel: query.escalationLevel,
      assigneeId,
      q: query.q,
    },
    { after: query.cursor ? decodeCursor(query.cursor) : undefined, limit: query.limit },
  );
  return c.json({ items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null });
});
