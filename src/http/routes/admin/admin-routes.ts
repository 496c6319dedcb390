import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../../app-env.ts';
import { ApiError } from '../../errors.ts';
import { type ApiRoute, buildOpenApiDocument } from '../../openapi.ts';
import { maxBodyBytes } from '../../read-body.ts';
import { createAgentHandler, createAgentRoute } from './agents/create-agent.ts';
import { listAgentsHandler, listAgentsRoute } from './agents/list-agents.ts';
import { reissueAgentTokenHandler, reissueAgentTokenRoute } from './agents/reissue-agent-token.ts';
import { updateAgentHandler, updateAgentRoute } from './agents/update-agent.ts';
import { listChannelsHandler, listChannelsRoute } from './channels/list-channels.ts';
import { claimComplaintHandler, claimComplaintRoute } from './complaints/claim-complaint.ts';
import { closeComplaintHandler, closeComplaintRoute } from './complaints/close-complaint.ts';
import { createProposalHandler, createProposalRoute } from './complaints/create-proposal.ts';
import { getComplaintHandler, getComplaintRoute } from './complaints/get-complaint.ts';
import { listComplaintsHandler, listComplaintsRoute } from './complaints/list-complaints.ts';
import { releaseComplaintHandler, releaseComplaintRoute } from './complaints/release-complaint.ts';
import { respondToProposalHandler, respondToProposalRoute } from './complaints/respond-to-proposal.ts';
import { sendComplaintMessageHandler, sendComplaintMessageRoute } from './complaints/send-complaint-message.ts';
import { transferComplaintHandler, transferComplaintRoute } from './complaints/transfer-complaint.ts';
import { createFigureHandler, createFigureRoute } from './figures/create-figure.ts';
import { deleteFigureHandler, deleteFigureRoute } from './figures/delete-figure.ts';
import { listFiguresHandler, listFiguresRoute } from './figures/list-figures.ts';
import { adminComponents } from './internal/admin-schemas.ts';
import { createKnowledgeHandler, createKnowledgeRoute } from './knowledge/create-knowledge.ts';
import { deleteKnowledgeHandler, deleteKnowledgeRoute } from './knowledge/delete-knowledge.ts';
import { getKnowledgeHandler, getKnowledgeRoute } from './knowledge/get-knowledge.ts';
import { listKnowledgeHandler, listKnowledgeRoute } from './knowledge/list-knowledge.ts';
import { updateKnowledgeHandler, updateKnowledgeRoute } from './knowledge/update-knowledge.ts';
import { getKpisHandler, getKpisRoute } from './kpis/get-kpis.ts';
import { getQueueHandler, getQueueRoute } from './queues/get-queue.ts';
import { getOrganizationSettingsHandler, getOrganizationSettingsRoute } from './settings/get-organization-settings.ts';
import { getSlaSettingsHandler, getSlaSettingsRoute } from './settings/get-sla-settings.ts';
import { putOrganizationSettingsHandler, putOrganizationSettingsRoute } from './settings/put-organization-settings.ts';
import { putSlaSettingsHandler, putSlaSettingsRoute } from './settings/put-sla-settings.ts';

/** Where the admin API is mounted (SPEC §6). */
export const adminBasePath = '/api/admin';

/** Every admin route as data: the OpenAPI document and the shared auth suite are built from this table. */
export const adminApiRoutes: readonly ApiRoute[] = [
  listComplaintsRoute,
  getComplaintRoute,
  claimComplaintRoute,
  sendComplaintMessageRoute,
  transferComplaintRoute,
  createProposalRoute,
  respondToProposalRoute,
  closeComplaintRoute,
  releaseComplaintRoute,
  getQueueRoute,
  createAgentRoute,
  listAgentsRoute,
  updateAgentRoute,
  reissueAgentTokenRoute,
  listKnowledgeRoute,
  getKnowledgeRoute,
  createKnowledgeRoute,
  updateKnowledgeRoute,
  deleteKnowledgeRoute,
  listChannelsRoute,
  getKpisRoute,
  listFiguresRoute,
  createFigureRoute,
  deleteFigureRoute,
  getSlaSettingsRoute,
  putSlaSettingsRoute,
  getOrganizationSettingsRoute,
  putOrganizationSettingsRoute,
];

/** The agent and admin API (SPEC §6), one route per file; each handler checks its bearer token and role first. */
export const adminRoutes = new Hono<AppEnv>()
  .use(
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new ApiError('payload_too_large', `请求体超过 ${maxBodyBytes / 1024} KB / body too large`);
      },
    }),
  )
  .route('/', listComplaintsHandler)
  .route('/', getComplaintHandler)
  .route('/', claimComplaintHandler)
  .route('/', sendComplaintMessageHandler)
  .route('/', transferComplaintHandler)
  .route('/', createProposalHandler)
  .route('/', respondToProposalHandler)
  .route('/', closeComplaintHandler)
  .route('/', releaseComplaintHandler)
  .route('/', getQueueHandler)
  .route('/', createAgentHandler)
  .route('/', listAgentsHandler)
  .route('/', updateAgentHandler)
  .route('/', reissueAgentTokenHandler)
  .route('/', listKnowledgeHandler)
  .route('/', getKnowledgeHandler)
  .route('/', createKnowledgeHandler)
  .route('/', updateKnowledgeHandler)
  .route('/', deleteKnowledgeHandler)
  .route('/', listChannelsHandler)
  .route('/', getKpisHandler)
  .route('/', listFiguresHandler)
  .route('/', createFigureHandler)
  .route('/', deleteFigureHandler)
  .route('/', getSlaSettingsHandler)
  .route('/', putSlaSettingsHandler)
  .route('/', getOrganizationSettingsHandler)
  .route('/', putOrganizationSettingsHandler);

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

/** GET /api/openapi.json: the admin API as OpenAPI 3.1, generated once from the route table's zod schemas. */
export function adminOpenApiDocument() {
  document ??= buildOpenApiDocument({
    title: '倾听 qingting admin API',
    version: '1.0.0',
    description:
      'The agent and admin API of the qingting complaint desk. Authenticate with `Authorization: Bearer <token>`. ' +
      'Errors are `{"error": {"code", "message"}}` with a closed set of codes.',
    basePath: adminBasePath,
    routes: adminApiRoutes,
    components: adminComponents,
  });
  return document;
}
