import { kvs } from '@forge/kvs';
import type { JiraIssue } from '../../jira/jira-types';
import { searchIssues } from '../../jira/search-issues';
import { setIssueProperty } from '../../jira/set-issue-property';
import { KEY } from '../../storage/keys';
import { emptyBase, fieldDigests, saveBase, type SyncBase } from '../links/link-base';
import { newLink, type SyncLink } from '../links/link';
import { LINK_PROPERTY_KEY, linkProperty } from '../links/link-property';
import { saveLink } from '../links/link-store';
import { logLink } from '../logs/engine-log';
import { issueValues, syncedFields } from '../mapping/common-fields';
import { ticketPatchOf } from '../mapping/write-values';
import type { SyncContext } from '../sync-context';

/** How long a ticket creation may be in flight before a new unlinked ticket is judged on its own. */
const IN_FLIGHT_SECONDS = 120;

/** Whether the issue matches the integration's "issues that create tickets" JQL (asked of Jira itself). */
export async function issueMatchesFilter(context: SyncContext, issueId: string): Promise<boolean> {
  const jql = context.config.linking.issueJql.replace(/\border\s+by\b[\s\S]*$/i, '').trim();
  const found = await searchIssues(`id = ${issueId} AND project = ${context.integration.projectId}${jql ? ` AND (${jql})` : ''}`, { fields: ['summary'], maxResults: 1 });
  return found.issues.length > 0;
}

/**
 * Creates the help-desk ticket for a Jira issue and links them. While it runs, the integration is
 * marked as creating tickets: the help desk's own "ticket created" webhook for the new ticket
 * can arrive before the link is saved, and must wait rather than create an issue for it.
 */
export async function createTicketForIssue(context: SyncContext, issue: JiraIssue): Promise<{ link: SyncLink; base: SyncBase }> {
  await kvs.set(KEY.syncCreating(`${context.integration.id}~tickets`), Date.now(), { ttl: { value: IN_FLIGHT_SECONDS, unit: 'SECONDS' } });
  const values = issueValues(issue, context.config);
  const synced = Object.fromEntries(syncedFields(context.config).map(({ key }) => [key, values[key]]));
  const patch = ticketPatchOf(synced, context.config);
  const subject = patch.subject || issue.summary;
  // A retry after a lost answer looks for the ticket the first attempt made before making another.
  const attemptKey = KEY.syncCreating(`${context.integration.id}~issue~${issue.id}`);
  const attemptedAt = await kvs.get<number>(attemptKey);
  await kvs.set(attemptKey, attemptedAt ?? Date.now(), { ttl: { value: 1, unit: 'DAYS' } });
  const ticket =
    (attemptedAt ? await findEarlierTicket(context, subject, attemptedAt) : undefined) ??
    (await context.connector.createTicket(context.credentials, { subject, description: patch.description ?? '', priority: patch.priority, tags: patch.tags }));
  const link = newLink(context.integration, ticket, issue);
  const base = emptyBase();
  base.fields = fieldDigests(synced);
  base.status = { ticketStatusId: ticket.status.id, jiraStatusId: issue.status.id };
  await saveBase(link.id, base);
  await saveLink(link);
  await logLink(link, 'to-helpdesk', 'ticket.created', { title: issue.summary });
  await setIssueProperty(issue.id, LINK_PROPERTY_KEY, linkProperty(link));
  await kvs.delete(attemptKey);
  await kvs.delete(KEY.syncCreating(`${context.integration.id}~tickets`));
  return { link, base };
}

async function findEarlierTicket(context: SyncContext, subject: string, attemptedAt: number) {
  const page = await context.connector.listTicketsUpdatedSince(context.credentials, new Date(attemptedAt - 60_000));
  return page.tickets.find((ticket) => ticket.subject === subject && Date.parse(ticket.createdAt) >= attemptedAt - 60_000);
}

/** True while a ticket creation of this integration may still be linking its new ticket. */
export async function ticketCreationInFlight(integrationId: string): Promise<boolean> {
  return (await kvs.get(KEY.syncCreating(`${integrationId}~tickets`))) !== undefined;
}
