import { recordSyncLogs, type NewSyncLogEntry } from '../logs/sync-log';
import type { SyncContext } from '../sync-context';
import { deleteFailures, recordFailures, type BackfillFailure } from './backfill-failures';
import type { BackfillItem, UnitSpend } from './backfill-item';
import type { BackfillRun } from './backfill-run';
import { saveLinkBatch } from './link-batch';

/** Recent (time, done) points kept for "items per minute". */
const SAMPLES = 12;

/**
 * The end of a batch: links and bases in their final state (comment pairs recorded, statuses
 * agreed, problems parked), one `backfill.item` log entry per ticket (ids and title only),
 * failures listed with their reasons, and the run's counts. A ticket brought over cleanly loses
 * any failure an earlier attempt left. An unfinished ticket keeps what it has (the pairs copied so
 * far, the rest pending) and is left in flight for the next unit; it is counted and logged then.
 * Returns the unfinished tickets' ids.
 */
export async function finishItems(
  context: SyncContext,
  run: BackfillRun,
  items: BackfillItem[],
  readFailures: BackfillFailure[],
  spend: UnitSpend,
  /** Tickets brought over again (retries): an earlier failure of theirs may be listed. */
  retried = false,
): Promise<string[]> {
  const saved = items.filter((item) => item.link && item.base);
  const unfinished = saved.filter((item) => item.unfinished);
  const linked = saved.filter((item) => !item.unfinished);
  const now = Date.now();
  for (const item of linked) {
    item.link!.lastSyncedAt = now;
    item.link!.propertyWrittenAt = now;
  }
  await saveLinkBatch(saved.map((item) => ({ link: item.link!, base: item.base! })));
  const failures = [...readFailures, ...items.flatMap((item) => (item.failure ? [item.failure] : item.stuck && !item.unfinished ? [item.stuck] : []))];
  await recordFailures(failures);
  const clean = linked.filter((item) => !item.stuck).map((item) => item.ticket.id);
  if (retried && clean.length > 0) await deleteFailures(run.integrationId, clean);
  const logged = items.filter((item) => !item.unfinished);
  await recordSyncLogs([...logged.map((item) => logEntry(context, item)), ...readFailures.map((failure) => failureEntry(failure))]);
  run.counts.done += linked.length;
  spend.progress += linked.length + readFailures.length + items.filter((item) => item.failure).length;
  run.counts.failed += readFailures.length + items.filter((item) => item.failure).length;
  // A ticket's comments count when the ticket does: all its copies, however many attempts they took.
  run.counts.comments += linked.reduce((sum, item) => sum + Object.keys(item.base!.comments.fromTicket).length, 0);
  run.samples = [...run.samples, [now, run.counts.done] as [number, number]].slice(-SAMPLES);
  return unfinished.map((item) => item.ticket.id);
}

function logEntry(context: SyncContext, item: BackfillItem): NewSyncLogEntry {
  const problem = item.failure ?? item.stuck;
  return {
    integrationId: context.integration.id,
    direction: 'to-jira',
    action: 'backfill.item',
    result: problem ? 'error' : 'ok',
    ticketId: item.ticket.id,
    ...(item.link?.issueId ? { issueId: item.link.issueId, issueKey: item.link.issueKey } : {}),
    title: item.ticket.subject,
    ...(problem ? { errorKind: problem.errorKind, reason: problem.reason } : {}),
  };
}

const failureEntry = (failure: BackfillFailure): NewSyncLogEntry => ({
  integrationId: failure.integrationId,
  direction: 'to-jira',
  action: 'backfill.item',
  result: 'error',
  ticketId: failure.ticketId,
  errorKind: failure.errorKind,
  reason: failure.reason,
});
