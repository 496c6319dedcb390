import { Hono } from 'hono';
import { organizationProfileSchema } from '../../../../complaint/kpis/organization-profile.ts';
import { recordAudit } from '../../../../db/agents.ts';
import { saveOrganizationProfile } from '../../../../db/kpis.ts';
import type { AppEnv } from '../../../app-env.ts';
import { actorOf, requireAgent } from '../../../auth.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';
import { readBody } from '../../../read-body.ts';

export const putOrganizationSettingsRoute = defineRoute({
  method: 'put',
  path: '/settings/organization',
  operationId: 'putOrganizationSettings',
  summary: '修改组织基础配置 / enter the organisation facts behind KPIs 1-4',
  description:
    '`hasComplaintUnit` (顾客投诉处理机构, with `complaintUnitName`), `managementRepresentative` (管理者代表: a ' +
    'name, or null when none is appointed), `staff` (主管/专员/一线 head counts) and `hasAfterSalesPolicy` ' +
    '(售后服务管理制度、投诉处理管理机制). Replaces the whole profile; a field left out is read from the desk where ' +
    'it can be (staff from agent accounts, policies from the knowledge base), else reported as not entered.',
  tag: 'settings',
  role: 'admin',
  body: organizationProfileSchema.strict(),
  response: { status: 200, description: 'the organisation profile', schema: organizationProfileSchema },
  errors: ['invalid_json', 'validation_failed'],
});

/** PUT /settings/organization: stored in the Setting table, key "organization". */
export const putOrganizationSettingsHandler = new Hono<AppEnv>().put(
  honoPath(putOrganizationSettingsRoute.path),
  async (c) => {
    const admin = await requireAgent(c, 'admin');
    const profile = await readBody(c, putOrganizationSettingsRoute.body);
    const { db, now } = c.var.deps;
    await saveOrganizationProfile(db, profile);
    await recordAudit(db, { actor: actorOf(admin), action: 'settings.organization', detail: profile, at: now() });
    return c.json(profile);
  },
);
