import { bulkCreateIssues, BULK_CREATE_LIMIT } from '../../jira/bulk-create-issues';
import type { CreateIssueInput } from '../../jira/jira-types';
import { searchIssues } from '../../jira/search-issues';
import { UserFacingError } from '../../shared/errors';
import { emptyBase, fieldDigests } from '../links/link-base';
import { linkIdOf, type SyncLink } from '../links/link';
import { LINK_PROPERTY_KEY, linkProperty } from '../links/link-property';
import { syncedFields, ticketValues } from '../mapping/common-fields';
import { jiraFieldsOf } from '../mapping/write-values';
import type { SyncContext } from '../sync-context';
import { failureOf } from './backfill-failures';
import type { BackfillItem, UnitSpend } from './backfill-item';
import { isTransient } from './recover-in-flight';

/** Bulk creates tried per chunk before the unit gives up (and the next one completes it). */
const CREATE_ATTEMPTS = 3;

/**
 * Creates the batch's issues with Jira's bulk create (50 a call, the fewest calls Jira allows),
 * each with its `deskbridge` property in the same call, and builds links and bases exactly as
 * createIssueForTicket does, so the two-way sync takes over backfilled links unchanged. With
 * `adopt` (a batch retried after a crash, or tickets retried by id), it first looks for issues an
 * earlier attempt created (by that property) and adopts them instead of creating them again.
 */
export async function createIssues(context: SyncContext, items: BackfillItem[], adopt: boolean, spend: UnitSpend): Promise<void> {
  const draftsOf = new Map(items.map((item) => [item, draftOf(context, item)]));
  if (adopt && items.length > 0) await adoptEarlier(context, items, spend);
  const waiting = items.filter((item) => !item.issue);
  for (let start = 0; start < waiting.length; start += BULK_CREATE_LIMIT) {
    await createChunk(context, waiting.slice(start, start + BULK_CREATE_LIMIT), draftsOf, spend);
  }
  for (const item of items) if (item.issue) linkItem(item, draftsOf.get(item)!.toJira);
}

/**
 * One bulk create. When its answer does not come (an outage, a lost answer: Jira may have made
 * the issues anyway), the issues are looked for by their property before the rest are created
 * again, a few times, so one bad call does not cost the batch its reads.
 */
async function createChunk(context: SyncContext, chunk: BackfillItem[], draftsOf: Map<BackfillItem, { input: CreateIssueInput }>, spend: UnitSpend): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const waiting = chunk.filter((item) => !item.issue && !item.failure);
    if (waiting.length === 0) return;
    try {
      const result = await bulkCreateIssues(waiting.map((item) => draftsOf.get(item)!.input));
      for (const created of result.created) waiting[created.index].issue = { id: created.id, key: created.key };
      for (const failed of result.failed) {
        const item = waiting[failed.index];
        if (item) item.failure = failureOf(context.integration.id, item.ticket.id, new UserFacingError('invalid', `Jira refused the issue for ticket ${item.ticket.id}: ${failed.message}`));
      }
      return;
    } catch (error) {
      if (!isTransient(error) || attempt >= CREATE_ATTEMPTS) throw error;
      spend.deferred = error;
      // Not found means not made; a search that fails ends the unit (creating blind could duplicate).
      await adoptEarlier(context, waiting, spend);
    } finally {
      spend.jiraCalls += 1;
      spend.jiraPoints += waiting.length;
    }
  }
}

function draftOf(context: SyncContext, item: BackfillItem): { input: CreateIssueInput; link: SyncLink; toJira: Record<string, string | undefined> } {
  const { integration, config } = context;
  const now = Date.now();
  const link: SyncLink = {
    id: linkIdOf(integration.id, item.ticket.id),
    integrationId: integration.id,
    tool: integration.tool as SyncLink['tool'],
    ticketId: item.ticket.id,
    issueId: '',
    issueKey: '',
    ticketUrl: item.ticket.url,
    ticketStatus: item.ticket.status.name,
    state: 'ok',
    linkedAt: now,
    lastSyncedAt: now,
    propertyWrittenAt: now,
  };
  const values = ticketValues(item.ticket, config);
  const toJira = Object.fromEntries(syncedFields(config).map(({ key }) => [key, values[key]]));
  const { summary: _summary, ...fields } = jiraFieldsOf(toJira, config);
  const input: CreateIssueInput = {
    projectId: integration.projectId,
    issueTypeId: config.issueTypeId,
    summary: values.summary ?? `Ticket ${item.ticket.id}`,
    fields,
    properties: [{ key: LINK_PROPERTY_KEY, value: linkProperty(link) }],
  };
  item.link = link;
  return { input, link, toJira };
}

/**
 * The link and the base of the three-way merge. While an issue still has to move to its
 * ticket's status, the base records the ticket's status as "" (not agreed yet): should the move
 * not happen (a crash, a refusal), the next sync of the link sees the ticket "changed" and makes
 * the move itself. Comments to copy are marked pending, so a copy made just before a crash is
 * found (by its origin property) rather than made again.
 */
function linkItem(item: BackfillItem, toJira: Record<string, string | undefined>): void {
  const link: SyncLink = { ...item.link!, issueId: item.issue!.id, issueKey: item.issue!.key };
  const base = emptyBase();
  base.fields = fieldDigests(toJira);
  base.status = { ticketStatusId: item.target ? '' : item.ticket.status.id };
  const now = Date.now();
  base.pendingComments = Object.fromEntries(item.comments.map((comment) => [`t:${comment.id}`, now]));
  item.link = link;
  item.base = base;
}

async function adoptEarlier(context: SyncContext, items: BackfillItem[], spend: UnitSpend): Promise<void> {
  const byTicket = new Map(items.map((item) => [item.ticket.id, item]));
  const ids = [...byTicket.keys()].map((id) => `"${id}"`).join(', ');
  const found = await searchIssues(
    `project = ${context.integration.projectId} AND issue.property[${LINK_PROPERTY_KEY}].integrationId = "${context.integration.id}" AND issue.property[${LINK_PROPERTY_KEY}].ticketId in (${ids})`,
    { properties: [LINK_PROPERTY_KEY], maxResults: 100 },
  );
  spend.jiraCalls += 1;
  spend.jiraPoints += 1 + found.issues.length;
  for (const issue of found.issues) {
    const ticketId = (issue.properties[LINK_PROPERTY_KEY] as { ticketId?: string } | undefined)?.ticketId;
    const item = ticketId ? byTicket.get(ticketId) : undefined;
    if (item && !item.issue) item.issue = { id: issue.id, key: issue.key };
  }
}
