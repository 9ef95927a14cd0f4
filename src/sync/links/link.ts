import type { ConnectorTool, Ticket } from '../../connectors/connector';

export type SyncState = 'ok' | 'pending' | 'stuck';

/**
 * A synced pair: one help-desk ticket ↔ one Jira issue, by the issue's id (its key changes when
 * the issue moves to another project; the id never does). Stored as the `sync-link` entity,
 * indexed by issue (Jira events find their links) and by integration and state (the pages
 * list links and stuck ones).
 */
export interface SyncLink {
  id: string;
  integrationId: string;
  tool: ConnectorTool;
  ticketId: string;
  issueId: string;
  /** For display only; refreshed on every sync (a moved issue shows its new key). */
  issueKey: string;
  ticketUrl: string;
  /** The ticket's status name as last seen (shown in the issue panel, searchable with JQL). */
  ticketStatus: string;
  state: SyncState;
  /** Why the link is stuck, in words a person can act on. */
  stuckReason?: string;
  /** Epoch ms. */
  linkedAt: number;
  lastSyncedAt: number;
  /** When the issue's `deskbridge` property was last written (it is not rewritten on every sync). */
  propertyWrittenAt: number;
}

/** One link per (integration, ticket): the id is derived, so a ticket can never be linked twice by a race. */
export const linkIdOf = (integrationId: string, ticketId: string): string => `${integrationId}~${ticketId}`;

/** A new, healthy link of `ticket` to `issue` in an integration (not stored yet). */
export function newLink(integration: { id: string; tool: string }, ticket: Pick<Ticket, 'id' | 'url' | 'status'>, issue: { id: string; key: string }, now = Date.now()): SyncLink {
  return {
    id: linkIdOf(integration.id, ticket.id),
    integrationId: integration.id,
    tool: integration.tool as ConnectorTool,
    ticketId: ticket.id,
    issueId: issue.id,
    issueKey: issue.key,
    ticketUrl: ticket.url,
    ticketStatus: ticket.status.name,
    state: 'ok',
    linkedAt: now,
    lastSyncedAt: now,
    propertyWrittenAt: now,
  };
}
