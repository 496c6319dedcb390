import { Hono } from 'hono';
import { z } from 'zod';
import { complaintRecordSchema } from '../../../../complaint/complaint-record.ts';
import { queueSchema } from '../../../../complaint/taxonomy.ts';
import { listWaitingComplaints } from '../../../../db/complaint-list.ts';
import { checkQueueAccess } from '../../../../handoff/case-access.ts';
import type { AppEnv } from '../../../app-env.ts';
import { requireAgent } from '../../../auth.ts';
import { ApiError } from '../../../errors.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readQuery } from '../../../read-body.ts';
import { blankable } from '../internal/admin-schemas.ts';
import { enforce } from '../internal/enforce.ts';

export const getQueueRoute = defineRoute({
  method: 'get',
  path: '/queues/{queue}',
  operationId: 'getQueue',
  summary: '待处理队列 / complaints waiting in a queue',
  description:
    'Open, unassigned complaints of the queue, most urgent first (priority: critical → low), then longest waiting. ' +
    'Frontline agents see the frontline queue; specialists and above see both. Complaints escalated to a ' +
    'supervisor wait in the specialist queue with `escalationLevel: "supervisor"`.',
  tag: 'queues',
  role: 'frontline',
  params: z.object({ queue: queueSchema }),
  query: z.object({
    limit: blankable(z.string().regex(/^\d{1,3}$/, { error: 'limit 必须是 1-500 的整数 / integer 1-500' }))
      .transform((v) => (v === undefined ? 100 : Number(v)))
      .pipe(z.number().int().min(1).max(500))
      .describe('at most this many, default 100'),
  }),
  response: {
    status: 200,
    description: 'the waiting complaints',
    schema: z.object({ queue: queueSchema, items: z.array(complaintRecordSchema) }),
  },
  errors: ['not_found', 'validation_failed'],
});

/** GET /queues/{frontline|specialist}: what is waiting for a human, most urgent first. */
export const getQueueHandler = new Hono<AppEnv>().get(honoPath(getQueueRoute.path), async (c) => {
  const agent = await requireAgent(c, 'frontline');
  const queue = queueSchema.safeParse(c.req.param('queue')).data;
  if (!queue) throw new ApiError('not_found', '没有这个队列，可选 frontline、specialist / no such queue');
  enforce(checkQueueAccess(agent, queue));
  const { limit } = readQuery(c, getQueueRoute.query);
  return c.json({ queue, items: await listWaitingComplaints(c.var.deps.db, queue, limit) });
});
