import { deleteIssueProperty } from '../../jira/delete-issue-property';
import { getIssue } from '../../jira/get-issue';
import { setIssueProperty } from '../../jira/set-issue-property';
import { UserFacingError } from '../../shared/errors';
import type { SyncLinkView } from '../../shared/sync-links';
import { pairExistingComments } from '../apply/pair-existing-comments';
import { pushChanges } from '../changes/push-changes';
import { issueValues, syncedFields, ticketValues } from '../mapping/common-fields';
import type { SyncContext } from '../sync-context';
import { deleteBase, emptyBase, fieldDigest, saveBase } from './link-base';
import { linkIdOf, newLink, type SyncLink } from './link';
import { LINK_PROPERTY_KEY, linkProperty } from './link-property';
import { deleteLink, getLink, linksOfIssue, saveLink } from './link-store';

export const toLinkView = (link: SyncLink): SyncLinkView => ({
  id: link.id,
  tool: link.tool,
  ticketId: link.ticketId,
  ticketUrl: link.ticketUrl,
  ticketStatus: link.ticketStatus,
  issueId: link.issueId,
  issueKey: link.issueKey,
  state: link.state,
  stuckReason: link.stuckReason,
  linkedAt: new Date(link.linkedAt).toISOString(),
  lastSyncedAt: new Date(link.lastSyncedAt).toISOString(),
});

/**
 * Links an existing ticket and an existing issue by hand. Both must exist and neither side may
 * already be linked in this integration. The fields stay as they are on both sides (linking is
 * not an edit); from now on changes flow. Comments both sides already share are paired, and only
 * what one side lacks is copied across.
 */
export async function linkManually(context: SyncContext, ticketId: string, issueIdOrKey: string): Promise<SyncLink> {
  const id = linkIdOf(context.integration.id, ticketId);
  if (await getLink(id)) throw new UserFacingError('invalid', `Ticket ${ticketId} is already linked in this integration; unlink it first.`);
  const ticket = await context.connector.getTicket(context.credentials, ticketId);
  const issue = await getIssue(issueIdOrKey);
  if ((await linksOfIssue(issue.id)).some((link) => link.integrationId === context.integration.id)) {
    throw new UserFacingError('invalid', `${issue.key} is already linked to a ticket in this integration; unlink it first.`);
  }
  const link = newLink(context.integration, ticket, issue);
  const base = emptyBase();
  const fromTicket = ticketValues(ticket, context.config);
  const fromIssue = issueValues(issue, context.config);
  // Linking is not an edit: each side's current value counts as agreed (sameAsBase), and a field
  // the sides disagree on syncs when one of them next changes it.
  for (const { key } of syncedFields(context.config)) {
    const [ticketDigest, issueDigest] = [fieldDigest(fromTicket[key]), fieldDigest(fromIssue[key])];
    base.fields[key] = ticketDigest === issueDigest ? ticketDigest : `${ticketDigest}|${issueDigest}`;
  }
  base.status = { ticketStatusId: ticket.status.id, jiraStatusId: issue.status.id };
  await pairExistingComments(context, link, base);
  await saveBase(id, base);
  await saveLink(link);
  await setIssueProperty(issue.id, LINK_PROPERTY_KEY, linkProperty(link));
  await pushChanges([{ integrationId: context.integration.id, side: 'helpdesk', ticketId: ticket.id, scope: 'comments' }]);
  await pushChanges([{ integrationId: context.integration.id, side: 'jira', issueId: issue.id, ticketId: ticket.id, scope: 'comments' }]);
  return link;
}

/** Unlinks: both sides keep their content; the issue loses its `deskbridge` property. */
export async function unlink(link: SyncLink): Promise<void> {
  await deleteLink(link.id);
  await deleteBase(link.id);
  await deleteIssueProperty(link.issueId, LINK_PROPERTY_KEY);
}

/** Retries a stuck link: everything is read again and synced (a change applied twice changes nothing). */
export async function retryLink(link: SyncLink): Promise<SyncLink> {
  const pending: SyncLink = { ...link, state: 'pending' };
  await saveLink(pending);
  await pushChanges([{ integrationId: link.integrationId, side: 'helpdesk', ticketId: link.ticketId, scope: 'all' }]);
  return pending;
}
