import type { ConsolePageConfig } from '../../page-config.ts';
import type { AdminApi, Me } from './admin-api.ts';

/** A change notice from the console stream (DeskBus `deskChange`). */
export interface DeskChange {
  code: string | null;
  kind: 'complaint_updated' | 'complaint_queued' | 'customer_message';
  at: string;
  conversationId?: string;
}

/** What every view of the console can use. */
export interface ConsoleContext {
  api: AdminApi;
  me: Me;
  config: ConsolePageConfig;
  /** the desk's clock as far as the browser can tell (its own clock, corrected by the difference seen at sign-in) */
  now(): number;
  /** a short message in the status line */
  notify(text: string, kind?: 'ok' | 'error'): void;
  /** a readable name for an agent id, "我" for the signed-in agent */
  agentName(id: string | null | undefined): string;
}

/** One screen of the console: its element, and what it does when the desk changes or the stream reconnects. */
export interface View {
  element: HTMLElement;
  onChange?(change: DeskChange): void;
  /** the stream came back after a drop: anything may have changed */
  onReconnect?(): void;
  dispose?(): void;
}
