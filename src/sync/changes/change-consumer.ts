import { InvocationError, InvocationErrorCode, type AsyncEvent } from '@forge/events';
import { kvs } from '@forge/kvs';
import { KEY } from '../../storage/keys';
import { logChangeFailure } from '../logs/engine-log';
import { applyChange } from '../apply/apply-change';
import { releaseLease, takeLease } from '../links/link-lease';
import { linkIdOf } from '../links/link';
import { loadSyncContext } from '../sync-context';
import { changeKeyOf, changeNoticeSchema, leaseIdOf, type ChangeNotice } from './change-notice';
import { classifyFailure, parkLink } from './sync-failures';
import { pushChanges } from './push-changes';

/** Forge retries an event at most 4 times; the last attempt parks the link instead of failing again. */
export const LAST_ATTEMPT = 4;
/** Seconds before a busy link's change is tried again. */
const BUSY_DELAY_SECONDS = 5;
/** A change already applied is remembered this long (longer than Forge redelivers). */
const SEEN_TTL_DAYS = 2;

/**
 * The `sync-changes` queue consumer: applies one change notice to one link. Changes to a link run
 * one at a time (a lease; a busy link's change is queued again a few seconds later), a change
 * with an idempotency key runs once, a transient failure is retried by Forge with backoff
 * (bounded), and a permanent one parks the link as stuck with its reason. No failure of one link
 * ever holds up another.
 */
export async function consumeChange(event: AsyncEvent): Promise<InvocationError | void> {
  const parsed = changeNoticeSchema.safeParse(event.body);
  if (!parsed.success) return; // not ours to apply; retrying can't fix it
  const notice = parsed.data;
  const changeKey = changeKeyOf(notice);
  if (changeKey && (await kvs.get(KEY.syncSeen(changeKey))) !== undefined) return;
  const context = await loadSyncContext(notice.integrationId);
  if (!context) return; // deleted or disabled since the change was queued
  const leaseId = leaseIdOf(notice);
  if (!(await takeLease(leaseId, event.eventId))) return pushChanges([notice], BUSY_DELAY_SECONDS);
  try {
    const outcome = await applyChange(notice, context);
    if (outcome === 'deferred') return void (await pushChanges([notice], BUSY_DELAY_SECONDS * 3));
    if (changeKey) await kvs.set(KEY.syncSeen(changeKey), Date.now(), { ttl: { value: SEEN_TTL_DAYS, unit: 'DAYS' } });
  } catch (error) {
    return handleFailure(notice, error, event.retryContext?.retryCount ?? 0);
  } finally {
    await releaseLease(leaseId, event.eventId);
  }
}

async function handleFailure(notice: ChangeNotice, error: unknown, retryCount: number): Promise<InvocationError | void> {
  const failure = classifyFailure(error);
  if (failure.transient && retryCount < LAST_ATTEMPT) {
    // Exponential backoff, at least what the service asked for (Retry-After).
    const retryAfter = Math.max(failure.retryAfterSeconds ?? 0, 5 * 2 ** retryCount);
    await logChangeFailure(notice, error, failure.reason, 'retry');
    return new InvocationError({ retryAfter, retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED });
  }
  if (notice.ticketId) await parkLink(linkIdOf(notice.integrationId, notice.ticketId), failure.reason);
  await logChangeFailure(notice, error, failure.reason, 'stuck');
}
