// Field extraction (SPEC §1) as the rest of triage and the conversation use it.
export { extractFields } from './extract-fields.ts';
