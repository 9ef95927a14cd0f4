import type { Ticket } from '../../connectors/connector';
import { createIssue } from '../../jira/create-issue';
import { searchIssues } from '../../jira/search-issues';
import { kvs } from '@forge/kvs';
import { KEY } from '../../storage/keys';
import { emptyBase, fieldDigests, saveBase, type SyncBase } from '../links/link-base';
import { linkIdOf, newLink, type SyncLink } from '../links/link';
import { LINK_PROPERTY_KEY, linkProperty } from '../links/link-property';
import { saveLink } from '../links/link-store';
import { logLink } from '../logs/engine-log';
import { flowsTo, syncedFields, ticketValues } from '../mapping/common-fields';
import { moveIssueToStatus } from './move-issue-to-status';
import { jiraFieldsOf } from '../mapping/write-values';
import type { SyncContext } from '../sync-context';

/**
 * Creates the Jira issue for a help-desk ticket and records the link, with the `deskbridge`
 * property set in the create call itself (no second call). Crash-safe: the attempt is recorded
 * first, and a retry after a crash looks for the issue by its property before creating another.
 */
export async function createIssueForTicket(context: SyncContext, ticket: Ticket): Promise<{ link: SyncLink; base: SyncBase }> {
  const now = Date.now();
  const id = linkIdOf(context.integration.id, ticket.id);
  const draft = newLink(context.integration, ticket, { id: '', key: '' }, now);
  const values = ticketValues(ticket, context.config);
  const toJira = Object.fromEntries(syncedFields(context.config).map(({ key }) => [key, values[key]]));
  const attemptKey = KEY.syncCreating(id);
  const earlier = (await kvs.get<number>(attemptKey)) ? await findEarlierIssue(context, ticket.id) : undefined;
  await kvs.set(attemptKey, now, { ttl: { value: 1, unit: 'DAYS' } });
  const issue =
    earlier ??
    (await createIssue({
      projectId: context.integration.projectId,
      issueTypeId: context.config.issueTypeId,
      summary: values.summary ?? `Ticket ${ticket.id}`,
      fields: withoutSummary(jiraFieldsOf(toJira, context.config)),
      properties: [{ key: LINK_PROPERTY_KEY, value: linkProperty(draft) }],
    }));
  const link: SyncLink = { ...draft, issueId: issue.id, issueKey: issue.key };
  const base = emptyBase();
  base.fields = fieldDigests(toJira);
  base.status = { ticketStatusId: ticket.status.id };
  await saveBase(id, base);
  await saveLink(link);
  await logLink(link, 'to-jira', 'issue.created', { title: ticket.subject });
  await kvs.delete(attemptKey);
  // A new issue starts in its workflow's first status; a ticket that is already further along moves it there.
  const target = context.config.statuses.toJira[ticket.status.id];
  if (ticket.status.bucket !== 'new' && target && flowsTo(context.config, context.config.statuses.direction, 'jira')) {
    await moveIssueToStatus(link, target);
    await logLink(link, 'to-jira', 'status.moved');
    base.status.jiraStatusId = target;
    await saveBase(id, base);
  }
  return { link, base };
}

const withoutSummary = ({ summary: _summary, ...fields }: Record<string, unknown>) => fields;

async function findEarlierIssue(context: SyncContext, ticketId: string): Promise<{ id: string; key: string } | undefined> {
  const found = await searchIssues(
    `project = ${context.integration.projectId} AND issue.property[${LINK_PROPERTY_KEY}].ticketId = "${ticketId}" AND issue.property[${LINK_PROPERTY_KEY}].integrationId = "${context.integration.id}"`,
    { fields: ['summary'], maxResults: 1 },
  );
  return found.issues[0] ? { id: found.issues[0].id, key: found.issues[0].key } : undefined;
}
