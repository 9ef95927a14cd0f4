import { InvocationError, InvocationErrorCode, type AsyncEvent } from '@forge/events';
import { classifyFailure } from '../sync/changes/sync-failures';
import { releaseLease, takeLease } from '../sync/links/link-lease';
import { linkIdOf } from '../sync/links/link';
import { getLink } from '../sync/links/link-store';
import { recordSyncLog } from '../sync/logs/sync-log';
import { loadSyncContext } from '../sync/sync-context';
import { claimNotification, releaseClaim } from './notification-claim';
import { notificationJobSchema, pushNotificationJobs, type NotificationJob } from './notification-job';
import { readNotifications } from './notification-store';
import { recordNotification, writeNotification } from './send-notification';

/** Forge redelivers a failed event at most 4 times; the last failure is logged, not retried. */
const LAST_ATTEMPT = 4;
/** Seconds before a job whose link is busy syncing is tried again. */
const BUSY_DELAY_SECONDS = 5;

/**
 * The `deskbridge-notifications` queue consumer: sends one notification. A job whose integration,
 * link or rule is gone (deleted, disabled, edited away since) is dropped; one already claimed is
 * dropped (never twice); a help-desk failure before the message was taken gives the claim back
 * and is retried with backoff when transient; every outcome lands on the integration's sync log.
 */
export async function consumeNotification(event: AsyncEvent): Promise<InvocationError | void> {
  const parsed = notificationJobSchema.safeParse(event.body);
  if (!parsed.success) return;
  const job = parsed.data;
  const [context, stored, link] = await Promise.all([
    loadSyncContext(job.integrationId),
    readNotifications(job.integrationId),
    getLink(linkIdOf(job.integrationId, job.ticketId)),
  ]);
  const rule = stored?.settings.enabled ? stored.settings.rules.find((candidate) => candidate.id === job.ruleId) : undefined;
  if (!context || !stored || !rule || !link || link.issueId !== job.issueId) return;
  if (!(await takeLease(link.id, event.eventId))) return pushNotificationJobs([job], BUSY_DELAY_SECONDS);
  try {
    if (!(await claimNotification(job))) return;
    let written: Awaited<ReturnType<typeof writeNotification>>;
    try {
      written = await writeNotification(context, link, rule, job, stored.siteUrl);
    } catch (error) {
      await releaseClaim(job);
      return await failed(job, error, event.retryContext?.retryCount ?? 0);
    }
    try {
      await recordNotification(context, link, rule, job, written.commentId);
    } catch (error) {
      // Sent already: retrying would find the claim and stop, so the failure is only logged.
      return await failed(job, error, LAST_ATTEMPT);
    }
    await recordSyncLog({ ...logFields(job), result: 'ok', issueKey: written.issue.key, title: written.issue.summary });
  } finally {
    await releaseLease(link.id, event.eventId);
  }
}

const logFields = (job: NotificationJob) =>
  ({ integrationId: job.integrationId, direction: 'to-helpdesk', action: 'notification.sent', ticketId: job.ticketId, issueId: job.issueId }) as const;

async function failed(job: NotificationJob, error: unknown, retryCount: number): Promise<InvocationError | void> {
  const failure = classifyFailure(error);
  const retry = failure.transient && retryCount < LAST_ATTEMPT;
  await recordSyncLog({ ...logFields(job), result: retry ? 'retry' : 'error', errorKind: kindOf(error), reason: failure.reason });
  if (!retry) return;
  const retryAfter = Math.max(failure.retryAfterSeconds ?? 0, 5 * 2 ** retryCount);
  return new InvocationError({ retryAfter, retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED });
}

const kindOf = (error: unknown) => (error && typeof error === 'object' && 'kind' in error && typeof error.kind === 'string' ? error.kind : 'internal');

/** The queue's Forge function (manifest `notification-consumer` → `index.notificationConsumer`). */
export const notificationConsumer = async (event: AsyncEvent, _context?: unknown) => consumeNotification(event);
