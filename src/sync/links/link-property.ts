import { setIssueProperty } from '../../jira/set-issue-property';
import type { SyncLink } from './link';

/** The issue entity property JQL searches (manifest `jira:entityProperty`, README "Searching and reporting"). */
export const LINK_PROPERTY_KEY = 'deskbridge';

/** Re-written when older than this even if nothing else changed, so `lastSyncedAt` in JQL is at most this stale. */
const REFRESH_AFTER_MS = 60 * 60 * 1000;

export interface LinkProperty {
  tool: string;
  ticketId: string;
  ticketUrl: string;
  ticketStatus: string;
  syncState: SyncLink['state'];
  integrationId: string;
  linkedAt: string;
  lastSyncedAt: string;
  /** The requester's organization (company), when the ticket names one: "everything from ACME" in JQL. */
  requesterOrganization?: string;
}

/** What a ticket may say about its requester's organization (a connector that reads one puts it on `requester.organization`). */
type WithRequesterOrganization = { requester?: { id?: string; organization?: string } };

export const linkProperty = (link: SyncLink, ticket?: WithRequesterOrganization): LinkProperty => ({
  tool: link.tool,
  ticketId: link.ticketId,
  ticketUrl: link.ticketUrl,
  ticketStatus: link.ticketStatus,
  syncState: link.state,
  integrationId: link.integrationId,
  linkedAt: new Date(link.linkedAt).toISOString(),
  lastSyncedAt: new Date(link.lastSyncedAt).toISOString(),
  ...(ticket?.requester?.organization ? { requesterOrganization: ticket.requester.organization } : {}),
});

/**
 * Writes the issue's `deskbridge` property when something JQL searches on changed (ticket
 * status, sync state) or the last write is over an hour old, so a comment sync costs no extra
 * Jira call. `before` is the link as stored before this sync.
 */
export async function refreshLinkProperty(before: SyncLink, after: SyncLink): Promise<void> {
  const changed = before.ticketStatus !== after.ticketStatus || before.state !== after.state;
  if (!changed && after.lastSyncedAt - before.propertyWrittenAt < REFRESH_AFTER_MS) return;
  await setIssueProperty(after.issueId, LINK_PROPERTY_KEY, linkProperty(after));
  after.propertyWrittenAt = after.lastSyncedAt;
}
