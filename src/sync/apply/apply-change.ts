import { getIssue } from '../../jira/get-issue';
import type { ChangeNotice } from '../changes/change-notice';
import { getBase, saveBase } from '../links/link-base';
import { logMerge } from '../logs/engine-log';
import { linkIdOf, type SyncLink } from '../links/link';
import { refreshLinkProperty } from '../links/link-property';
import { getLink, linksOfIssue, saveLink } from '../links/link-store';
import { matchesTicketFilter } from '../mapping/ticket-filter';
import type { SyncContext } from '../sync-context';
import { createIssueForTicket } from './link-ticket';
import { createTicketForIssue, issueMatchesFilter, ticketCreationInFlight } from './link-issue';
import { copyJiraComments, copyTicketComments } from './sync-comments';
import { changedSinceBase, syncFields } from './sync-fields';

/** `deferred`: try again shortly (another step must finish first); `skipped`: nothing to do for this integration. */
export type ApplyOutcome = 'applied' | 'deferred' | 'skipped';

/** Applies one change notice. Reads the current state of the side(s) it names and makes the other side agree. */
export async function applyChange(notice: ChangeNotice, context: SyncContext): Promise<ApplyOutcome> {
  if (notice.side === 'helpdesk' && notice.ticketId) {
    const link = await getLink(linkIdOf(context.integration.id, notice.ticketId));
    if (link) return syncLink(context, link, 'helpdesk', notice.scope);
    return linkNewTicket(context, notice.ticketId);
  }
  if (notice.ticketId) {
    const link = await getLink(linkIdOf(context.integration.id, notice.ticketId));
    return link ? syncLink(context, link, 'jira', notice.scope) : 'skipped';
  }
  if (!notice.issueId) return 'skipped';
  const links = (await linksOfIssue(notice.issueId)).filter((link) => link.integrationId === context.integration.id);
  for (const link of links) await syncLink(context, link, 'jira', notice.scope);
  if (links.length > 0 || !context.config.linking.issuesCreateTickets) return links.length > 0 ? 'applied' : 'skipped';
  return linkNewIssue(context, notice.issueId);
}

async function linkNewTicket(context: SyncContext, ticketId: string): Promise<ApplyOutcome> {
  if (!context.config.linking.ticketsCreateIssues) return 'skipped';
  if (await ticketCreationInFlight(context.integration.id)) return 'deferred';
  const ticket = await context.connector.getTicket(context.credentials, ticketId);
  if (!matchesTicketFilter(ticket, context.config.linking.ticketFilter)) return 'skipped';
  const { link, base } = await createIssueForTicket(context, ticket);
  await copyTicketComments(context, link, base);
  return 'applied';
}

async function linkNewIssue(context: SyncContext, issueId: string): Promise<ApplyOutcome> {
  if (!(await issueMatchesFilter(context, issueId))) return 'skipped';
  const { link, base } = await createTicketForIssue(context, await getIssue(issueId));
  await copyJiraComments(context, link, base);
  return 'applied';
}

/**
 * One sync of a linked pair. A side's fields are read only when that side changed (or the poll
 * or a retry asks for everything), comments only when comments may have changed: a reply costs
 * one read and one write.
 */
export async function syncLink(context: SyncContext, link: SyncLink, from: 'helpdesk' | 'jira', scope: ChangeNotice['scope']): Promise<ApplyOutcome> {
  const before = { ...link };
  const base = await getBase(link.id);
  const everything = scope === 'all' || scope === 'created';
  if (scope !== 'comments') {
    let ticket = from === 'helpdesk' || everything ? await context.connector.getTicket(context.credentials, link.ticketId) : undefined;
    let issue = from === 'jira' || everything ? await getIssue(link.issueId) : undefined;
    if (ticket && !issue && changedSinceBase(context, base, { ticket })) issue = await getIssue(link.issueId);
    if (issue && !ticket && changedSinceBase(context, base, { issue })) ticket = await context.connector.getTicket(context.credentials, link.ticketId);
    const updated = (await syncFields(context, link, base, { ticket, issue })) ?? ticket;
    if (issue) link.issueKey = issue.key; // a moved issue keeps its id and gets a new key
    if (updated) link.ticketStatus = updated.status.name;
    await logMerge(link, from, scope, base);
    await saveBase(link.id, base);
  }
  if (scope !== 'fields') {
    if (from === 'helpdesk' || everything) await copyTicketComments(context, link, base);
    if (from === 'jira' || everything) await copyJiraComments(context, link, base);
  }
  link.state = 'ok';
  link.stuckReason = undefined;
  link.lastSyncedAt = Date.now();
  await refreshLinkProperty(before, link);
  await saveLink(link);
  return 'applied';
}
