import type { z } from 'zod';
import type { Role } from '../../../../accounts/roles.ts';
import type { ComplaintRecord } from '../../../../complaint/complaint-record.ts';
import type { Outcome, Queue, Remedy } from '../../../../complaint/taxonomy.ts';
import type { CaseMessage } from '../../../../handoff/case-file.ts';
import type { TransferTarget } from '../../../../handoff/escalation.ts';
import type { PolicyInput } from '../../../../knowledge/policy-document.ts';
import type { agentSchema, complaintDetailSchema } from '../../../routes/admin/internal/admin-schemas.ts';
import type {
  knowledgeDocumentSchema,
  knowledgeVersionSchema,
} from '../../../routes/admin/knowledge/knowledge-json.ts';
import { jsonBody, RequestFailure, requestJson } from '../shared/request-json.ts';

export type ComplaintDetail = z.infer<typeof complaintDetailSchema>;
export type KnowledgeDocument = z.infer<typeof knowledgeDocumentSchema>;
export type KnowledgeVersion = z.infer<typeof knowledgeVersionSchema>;
export type AgentAccount = z.infer<typeof agentSchema>;
export type { ComplaintRecord };

/** The signed-in agent, as the console stream introduces them. */
export interface Me {
  id: string;
  name: string;
  role: Role;
}

const enc = encodeURIComponent;

/**
 * The admin API (SPEC §6) with the console's token. A 401 anywhere means the token was revoked: `onUnauthorized`
 * signs the console out. Failures reject with a `RequestFailure` whose message is readable Chinese.
 */
export function createAdminApi(token: string, onUnauthorized: () => void) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const init = body === undefined ? { method } : jsonBody(method, body);
    try {
      return await requestJson<T>(`/api/admin${path}`, {
        ...init,
        headers: { ...init.headers, authorization: `Bearer ${token}` },
      });
    } catch (error) {
      if (error instanceof RequestFailure && error.status === 401) onUnauthorized();
      throw error;
    }
  }

  return {
    queue: (queue: Queue) => call<{ items: ComplaintRecord[] }>('GET', `/queues/${queue}`),
    complaints: (query: Record<string, string>) =>
      call<{ items: ComplaintRecord[]; nextCursor: string | null }>('GET', `/complaints?${new URLSearchParams(query)}`),
    complaint: (code: string) => call<ComplaintDetail>('GET', `/complaints/${enc(code)}`),
    claim: (code: string) => call<ComplaintRecord>('POST', `/complaints/${enc(code)}/claim`, {}),
    message: (code: string, text: string, isPrivate: boolean) =>
      call<CaseMessage>('POST', `/complaints/${enc(code)}/messages`, { text, private: isPrivate }),
    transfer: (code: string, queue: TransferTarget, note?: string) =>
      call<ComplaintRecord>('POST', `/complaints/${enc(code)}/transfer`, { queue, note }),
    propose: (code: string, input: { remedies: Remedy[]; text: string; amount?: number }) =>
      call<{ complaint: ComplaintRecord }>('POST', `/complaints/${enc(code)}/proposals`, input),
    close: (code: string, outcome: Outcome, note?: string) =>
      call<ComplaintRecord>('POST', `/complaints/${enc(code)}/close`, { outcome, note }),
    release: (code: string, note?: string) =>
      call<ComplaintRecord>('POST', `/complaints/${enc(code)}/release`, { note }),
    agents: () => call<{ items: AgentAccount[] }>('GET', '/agents'),
    knowledgeList: () => call<{ items: KnowledgeDocument[] }>('GET', '/knowledge'),
    knowledge: (id: string) =>
      call<KnowledgeDocument & { versions: KnowledgeVersion[] }>('GET', `/knowledge/${enc(id)}`),
    createKnowledge: (input: PolicyInput) => call<KnowledgeDocument>('POST', '/knowledge', input),
    updateKnowledge: (id: string, input: PolicyInput) => call<KnowledgeDocument>('PUT', `/knowledge/${enc(id)}`, input),
    deleteKnowledge: (id: string) => call<{ id: string }>('DELETE', `/knowledge/${enc(id)}`),
  };
}

export type AdminApi = ReturnType<typeof createAdminApi>;
