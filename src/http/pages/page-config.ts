import { roles } from '../../accounts/roles.ts';
import { outcomeLabels, queueLabels, statusLabels } from '../../complaint/lifecycle.ts';
import { categories, outcomes, remedies } from '../../complaint/taxonomy.ts';
import { escalationLabels, transferTargets } from '../../handoff/escalation.ts';
import { roleLabels } from '../../handoff/role-labels.ts';
import { handoffReasonLabels } from '../../handoff/summarize-handoff.ts';
import { authorLabels, fieldLabels, severityLabels, timelineLabels } from './desk-labels.ts';

/** What the web chat's script reads from its page: the storage namespace and the status names. */
export function chatPageConfig(options: { shop: string | null; embed: boolean }) {
  return { shop: options.shop, embed: options.embed, statusLabels };
}
export type ChatPageConfig = ReturnType<typeof chatPageConfig>;

/** What the console's script reads from its page: the taxonomy and every label, so the browser holds no copy. */
export function consolePageConfig() {
  return {
    roles,
    remedies,
    categories,
    outcomes,
    transferTargets,
    statusLabels,
    outcomeLabels,
    queueLabels,
    roleLabels,
    escalationLabels,
    handoffReasonLabels,
    severityLabels,
    fieldLabels,
    timelineLabels,
    authorLabels,
  };
}
export type ConsolePageConfig = ReturnType<typeof consolePageConfig>;

/** JSON that is safe inside a `<script type="application/json">` element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
