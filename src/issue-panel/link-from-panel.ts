import type { JiraIssue } from '../jira/jira-types';
import { getIssue } from '../jira/get-issue';
import { UserFacingError } from '../shared/errors';
import { pushChanges } from '../sync/changes/push-changes';
import { createTicketForIssue } from '../sync/apply/link-issue';
import { linkIdOf } from '../sync/links/link';
import { linkManually, unlink } from '../sync/links/link-service';
import { getLink, linksOfIssue } from '../sync/links/link-store';
import type { SyncContext } from '../sync/sync-context';
import type { PanelLinkAnswer } from './panel-view';
import { checkSameAccount, parseTicketRef } from './ticket-ref';

/**
 * Links an existing ticket to the issue, by id or URL. Checked first: the ticket exists in the
 * integration's help desk, a pasted URL is of the same account, and the ticket is not linked to
 * another issue, unless the caller confirmed moving it (the other issue keeps its content and
 * loses only the link). The linking itself is the integration pages' manual linking: fields are
 * left as they are on both sides, and comments already there are copied across.
 */
export async function linkExistingTicket(context: SyncContext, issueId: string, input: string, moveFromOtherIssue: boolean): Promise<PanelLinkAnswer> {
  const ref = parseTicketRef(input);
  const ticket = await context.connector.getTicket(context.credentials, ref.ticketId);
  checkSameAccount(ref, ticket.url, context.connector.spec.displayName);
  const existing = await getLink(linkIdOf(context.integration.id, ticket.id));
  if (existing && (existing.issueId === issueId || existing.issueKey === issueId)) throw new UserFacingError('invalid', `Ticket ${ticket.id} is already linked to this issue.`);
  if (existing && !moveFromOtherIssue) {
    return {
      status: 'confirm',
      message: `Ticket ${ticket.id} is linked to ${existing.issueKey}. Link it here instead? ${existing.issueKey} keeps its content and loses only the link.`,
    };
  }
  if (existing) {
    // Checked before unlinking, so a refusal leaves the other issue's link as it was.
    const target = await getIssue(issueId, { fields: ['project'] });
    if ((await linksOfIssue(target.id)).some((link) => link.integrationId === context.integration.id)) {
      throw new UserFacingError('invalid', `${target.key} already has a ticket in "${context.integration.name}"; unlink it first.`);
    }
    await unlink(existing);
  }
  const link = await linkManually(context, ticket.id, issueId);
  return { status: 'linked', ticketId: link.ticketId };
}

/**
 * Creates a ticket in the help desk from the issue and links them, as an issue matching the
 * integration's "issues create tickets" filter would (same fields, same crash-safe create); the
 * issue's comments then follow through the queue. Only for an issue of the integration's
 * project with no ticket in this integration yet.
 */
export async function createTicketFromIssue(context: SyncContext, issueId: string): Promise<{ ticketId: string; ticketUrl: string }> {
  const issue: JiraIssue = await getIssue(issueId);
  if (issue.projectId !== context.integration.projectId) {
    throw new UserFacingError('invalid', `${issue.key} is not in ${context.integration.projectKey}, the project of "${context.integration.name}".`);
  }
  if ((await linksOfIssue(issue.id)).some((link) => link.integrationId === context.integration.id)) {
    throw new UserFacingError('invalid', `${issue.key} already has a ticket in "${context.integration.name}"; unlink it first to create another.`);
  }
  const { link } = await createTicketForIssue(context, issue);
  await pushChanges([{ integrationId: link.integrationId, side: 'jira', issueId: issue.id, ticketId: link.ticketId, scope: 'comments' }]);
  return { ticketId: link.ticketId, ticketUrl: link.ticketUrl };
}
