import { writeToJira } from '../apply/sync-comments';
import type { SyncContext } from '../sync-context';
import { failureOf } from './backfill-failures';
import type { BackfillItem, UnitSpend } from './backfill-item';
import { mapPool, sleep } from './pool';
import { isTransient } from './recover-in-flight';

const WRITE_CONCURRENCY = 5;
/** Jira's per-issue write limits (20 writes in 2 s, 100 in 30 s), kept with a margin. */
const ISSUE_WINDOWS = [
  { ms: 2_000, writes: 18 },
  { ms: 30_000, writes: 95 },
];

/**
 * Copies each ticket's comments to its issue, as the two-way sync would (copyTicketComments):
 * public replies as public comments, private notes as internal (JSM) or role-restricted
 * comments, each with the `deskbridge.origin` property. Jira has no bulk comment API, so one
 * call per comment is the least it allows; issues are written in parallel, each issue's comments
 * one after another (their order is the conversation's) and spaced to Jira's per-issue limits.
 * A comment Jira refuses parks the link. An outage, a rate limit or a lost answer stops that
 * issue's copying (the next unit completes it: the pending markers let it find what was written)
 * while the other issues carry on.
 */
export async function copyComments(context: SyncContext, items: BackfillItem[], spend: UnitSpend): Promise<void> {
  const writing = items.filter((item) => item.base && item.comments.length > 0);
  await mapPool(writing, WRITE_CONCURRENCY, async (item) => {
    const writes: number[] = [];
    for (const comment of item.comments) {
      await spaceWrites(writes);
      try {
        const copyId = await writeToJira(context, item.link!, comment);
        item.base!.comments.fromTicket[comment.id] = copyId;
        delete item.base!.pendingComments?.[`t:${comment.id}`];
      } catch (error) {
        if (isTransient(error)) {
          spend.deferred = error;
          item.unfinished = true;
          return;
        }
        // Refused (or the issue is gone): parks the link with Jira's reason; the other comments still go.
        item.stuck ??= failureOf(item.link!.integrationId, item.ticket.id, error, item.link!.issueKey);
      } finally {
        spend.jiraCalls += 1;
        spend.jiraPoints += 1;
        writes.push(Date.now());
      }
    }
  });
}

/** Waits until another write to the issue stays inside both per-issue windows. */
async function spaceWrites(writes: number[]): Promise<void> {
  for (const window of ISSUE_WINDOWS) {
    const recent = writes.filter((at) => at > Date.now() - window.ms);
    if (recent.length >= window.writes) await sleep(recent[recent.length - window.writes] + window.ms - Date.now() + 1);
  }
}
