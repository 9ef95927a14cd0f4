import type { Ticket } from '../../connectors/connector';
import { setIssueProperty } from '../../jira/set-issue-property';
import { kvs } from '@forge/kvs';
import { KEY } from '../../storage/keys';
import { takeLease } from '../links/link-lease';
import { linkIdOf } from '../links/link';
import { LINK_PROPERTY_KEY, linkProperty } from '../links/link-property';
import type { SyncContext } from '../sync-context';
import type { BackfillItem, UnitSpend } from './backfill-item';
import { writeRun, type BackfillRun } from './backfill-run';
import { copyComments } from './copy-comments';
import { createIssues } from './create-issues';
import { finishItems } from './finish-items';
import { saveLinkBatch } from './link-batch';
import { moveStatuses } from './move-statuses';
import { mapPool } from './pool';
import { readComments } from './read-comments';
import { isTransient } from './recover-in-flight';

export const leaseHolder = (run: BackfillRun) => `backfill:${run.runId}`;

/**
 * One batch of tickets brought over: read, created, linked, moved, comments copied, logged.
 *
 * Each ticket's link lease is held throughout (the one the two-way sync takes for a change to that
 * ticket), so a webhook arriving for a ticket mid-backfill waits instead of creating a second
 * issue or copying a comment twice; tickets whose lease the sync holds are left for later.
 * Before the first write the batch's ticket ids go into the checkpoint (`inFlight`): a crash
 * from there on is completed by the next chunk (recover-in-flight.ts), which finds the issues by
 * their property and the comments by their origin marker, so nothing is created twice.
 * Returns the tickets it had to leave (help-desk budget spent): the caller lists them again later.
 */
export async function bringOver(context: SyncContext, run: BackfillRun, tickets: Ticket[], adopt: boolean, spend: UnitSpend): Promise<Ticket[]> {
  const holder = leaseHolder(run);
  const leased: Ticket[] = [];
  await mapPool(tickets, 10, async (ticket) => {
    if (await takeLease(linkIdOf(run.integrationId, ticket.id), holder)) leased.push(ticket);
    else run.checkpoint.retry.push(ticket.id);
  });
  const held = new Set(leased.map((ticket) => ticket.id));
  // The batch holds its leases for far less than their TTL: they are still its own, so they go in batch deletes.
  const release = async (ids: string[]) => {
    for (const id of ids) held.delete(id);
    for (let start = 0; start < ids.length; start += 25) {
      await kvs.batchDelete(ids.slice(start, start + 25).map((id) => ({ key: KEY.syncLease(linkIdOf(run.integrationId, id)) }))).catch(() => undefined);
    }
  };
  try {
    const read = await readComments(context, run, leased, spend);
    const items: BackfillItem[] = read.items;
    await release([...read.left.map((ticket) => ticket.id), ...read.failures.map((failure) => failure.ticketId)]);
    if (items.length > 0) {
      run.checkpoint.inFlight = items.map((item) => item.ticket.id);
      await writeRun(run);
      await createIssues(context, items, adopt, spend);
      await saveLinkBatch(items.filter((item) => item.link && item.base).map((item) => ({ link: item.link!, base: item.base! })));
      await moveStatuses(context, items, run.checkpoint, spend);
      await copyComments(context, items, spend);
      await markStuck(items, spend);
    }
    const unfinished = await finishItems(context, run, items, read.failures, spend, adopt);
    run.checkpoint.inFlight = unfinished.length > 0 ? unfinished : undefined;
    return read.left;
  } finally {
    await release([...held]);
  }
}

/** A link brought over with a problem is parked, in the link and in the issue's property (JQL finds it), as the sync parks links. */
async function markStuck(items: BackfillItem[], spend: UnitSpend): Promise<void> {
  for (const item of items) {
    if (!item.stuck || !item.link || item.unfinished) continue;
    item.link.state = 'stuck';
    item.link.stuckReason = item.stuck.reason;
    try {
      await setIssueProperty(item.link.issueId, LINK_PROPERTY_KEY, linkProperty(item.link));
    } catch (error) {
      if (!isTransient(error)) throw error;
      item.unfinished = true;
    } finally {
      spend.jiraCalls += 1;
      spend.jiraPoints += 1;
    }
  }
}
