import { Hono } from 'hono';
import { organizationProfileSchema } from '../../../../complaint/kpis/organization-profile.ts';
import { loadOrganizationProfile } from '../../../../db/kpis.ts';
import type { AppEnv } from '../../../app-env.ts';
import { requireAgent } from '../../../auth.ts';
import { defineRoute, honoPath } from '../../../openapi.ts';

export const getOrganizationSettingsRoute = defineRoute({
  method: 'get',
  path: '/settings/organization',
  operationId: 'getOrganizationSettings',
  summary: '组织基础配置 / the organisation facts behind KPIs 1-4',
  description: 'An empty object when nothing was entered (the KPI report then reads what it can from the desk).',
  tag: 'settings',
  role: 'supervisor',
  response: { status: 200, description: 'the organisation profile', schema: organizationProfileSchema },
  errors: [],
});

/** GET /settings/organization: 基础配置情况 as entered. */
export const getOrganizationSettingsHandler = new Hono<AppEnv>().get(
  honoPath(getOrganizationSettingsRoute.path),
  async (c) => {
    await requireAgent(c, 'supervisor');
    return c.json((await loadOrganizationProfile(c.var.deps.db)) ?? {});
  },
);
