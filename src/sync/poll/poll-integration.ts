import type { AsyncEvent } from '@forge/events';
import { Queue } from '@forge/events';
import { searchIssues } from '../../jira/search-issues';
import { QUEUE } from '../../storage/keys';
import type { ChangeNotice } from '../changes/change-notice';
import { pushChanges } from '../changes/push-changes';
import { LINK_PROPERTY_KEY } from '../links/link-property';
import { linksOfIssue } from '../links/link-store';
import { loadSyncContext, type SyncContext } from '../sync-context';
import { readCheckpoint, writeCheckpoint } from './poll-checkpoint';

/** Pages of help-desk tickets per invocation before the run continues in a new event (keeps each invocation short). */
const PAGES_PER_EVENT = 10;
/** Overlap with the previous run, so a change made while it ran is seen again rather than missed. */
const OVERLAP_MS = 60 * 1000;

const polls = new Queue({ key: QUEUE.syncPoll });

/**
 * One integration's poll: every ticket updated since the checkpoint and every linked issue
 * updated since then becomes an `all` change notice (applying one that changed nothing writes
 * nothing). The checkpoint becomes the run's start time only when the run is complete, so a
 * crash repeats the run instead of skipping changes.
 */
export async function pollIntegration(event: AsyncEvent): Promise<void> {
  const { integrationId } = event.body as { integrationId: string };
  const context = await loadSyncContext(integrationId);
  if (!context) return;
  const now = Date.now();
  const checkpoint = await readCheckpoint(integrationId, now);
  const run = checkpoint.run ?? { startedAt: now };
  const since = new Date(checkpoint.since - OVERLAP_MS);
  let cursor = run.cursor;
  for (let page = 0; page < PAGES_PER_EVENT; page++) {
    const found = await context.connector.listTicketsUpdatedSince(context.credentials, since, cursor);
    await pushChanges(found.tickets.map((ticket) => ({ integrationId, side: 'helpdesk', ticketId: ticket.id, scope: 'all' })));
    cursor = found.nextCursor;
    if (!cursor) break;
  }
  if (cursor) {
    await writeCheckpoint(integrationId, { since: checkpoint.since, run: { startedAt: run.startedAt, cursor } });
    await polls.push({ body: { integrationId } });
    return;
  }
  await pushChanges(await changedIssues(context, Math.ceil((now - checkpoint.since + OVERLAP_MS) / 60_000)));
  await writeCheckpoint(integrationId, { since: run.startedAt });
}

/** Linked issues updated in the last `minutes` (relative JQL dates: no time zone to get wrong), and new issues that may create tickets. */
async function changedIssues(context: SyncContext, minutes: number): Promise<ChangeNotice[]> {
  const { integration, config } = context;
  const notices: ChangeNotice[] = [];
  const linked = `project = ${integration.projectId} AND updated >= -${minutes}m AND issue.property[${LINK_PROPERTY_KEY}].integrationId = "${integration.id}"`;
  for await (const issueId of issueIds(linked)) {
    for (const link of await linksOfIssue(issueId)) {
      if (link.integrationId === integration.id) notices.push({ integrationId: integration.id, side: 'jira', issueId, ticketId: link.ticketId, scope: 'all' });
    }
  }
  if (config.linking.issuesCreateTickets) {
    for await (const issueId of issueIds(`project = ${integration.projectId} AND created >= -${minutes}m`)) {
      notices.push({ integrationId: integration.id, side: 'jira', issueId, scope: 'created' });
    }
  }
  return notices;
}

async function* issueIds(jql: string): AsyncGenerator<string> {
  let nextPageToken: string | undefined;
  do {
    const page = await searchIssues(jql, { fields: ['updated'], maxResults: 100, nextPageToken });
    for (const issue of page.issues) yield issue.id;
    nextPageToken = page.nextPageToken;
  } while (nextPageToken);
}
