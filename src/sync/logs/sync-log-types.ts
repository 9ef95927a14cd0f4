/**
 * The sync log's shapes, free of anything server-side, so the Custom UI imports the very types
 * the resolvers answer with (sync-log.ts re-exports them for the server).
 */
export type SyncLogAction =
  | 'issue.created'
  | 'ticket.created'
  | 'fields.synced'
  | 'status.moved'
  | 'comment.copied'
  | 'link.created'
  | 'link.stuck'
  | 'link.retried'
  | 'link.removed'
  | 'change.retrying'
  | 'backfill.item'
  | 'notification.sent';

export interface SyncLogEntry {
  /** Epoch ms. */
  at: number;
  integrationId: string;
  direction: 'to-jira' | 'to-helpdesk' | 'both';
  action: SyncLogAction;
  result: 'ok' | 'error' | 'retry';
  ticketId?: string;
  issueId?: string;
  issueKey?: string;
  /** The ticket's subject or the issue's summary: the only content an entry may carry. */
  title?: string;
  /** An ErrorKind (`rate-limited`, `invalid`, …) for results other than ok. */
  errorKind?: string;
  /** In words a person can act on; never a raw error text (it may hold anything). */
  reason?: string;
}

/** `sync-logs/read`: one page, newest first. */
export interface SyncLogPage {
  entries: SyncLogEntry[];
  nextCursor?: string;
}

/** `sync-logs/settings/get|save`. */
export interface SyncLogSettingsView {
  retentionDays: number;
  minDays: number;
  maxDays: number;
}
