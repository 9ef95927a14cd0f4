import { kvs } from '@forge/kvs';
import { KEY } from '../storage/keys';
import type { NotificationJob } from './notification-job';

/** Longer than Forge redelivers an event or anyone replays one: a month. */
const CLAIM_DAYS = 30;

interface Claim {
  at: number;
  /** The help-desk comment written, once it is. */
  commentId?: string;
}

const claimKey = (job: NotificationJob) => KEY.notificationClaim(job.integrationId, job.ticketId, job.changelogId, job.ruleId);

/**
 * Claims one notification for sending: one atomic KVS write (`FAIL_IF_EXISTS`, with a TTL) keyed
 * by integration, ticket, the Jira changelog id and the rule. Whoever wins sends; a duplicate
 * delivery, a replayed event or a second trigger run finds the claim and sends nothing. The
 * claim is given up only when sending failed before the help desk took the message, so a retry
 * may try again; after that, "never twice" wins over "at least once".
 */
export async function claimNotification(job: NotificationJob): Promise<boolean> {
  try {
    await kvs.set(claimKey(job), { at: Date.now() } satisfies Claim, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: CLAIM_DAYS, unit: 'DAYS' } });
    return true;
  } catch (error) {
    if ((await kvs.get<Claim>(claimKey(job))) === undefined) throw error; // not a lost race: a real failure
    return false;
  }
}

export async function releaseClaim(job: NotificationJob): Promise<void> {
  await kvs.delete(claimKey(job));
}

export async function settleClaim(job: NotificationJob, commentId: string): Promise<void> {
  await kvs.set(claimKey(job), { at: Date.now(), commentId } satisfies Claim, { ttl: { value: CLAIM_DAYS, unit: 'DAYS' } });
}
