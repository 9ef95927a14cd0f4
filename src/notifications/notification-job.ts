import { Queue } from '@forge/events';
import { z } from 'zod';
import { QUEUE } from '../storage/keys';

/**
 * One notification to send: a rule of an integration, for one linked ticket, because of one Jira
 * change. It names the change by its changelog id (the idempotency key) and carries the values
 * the change itself gave (the new status's and fix version's names, from the signed product
 * event), so the message says what happened even if the issue moved on before it was sent.
 */
export const notificationJobSchema = z.object({
  integrationId: z.string().min(1),
  ticketId: z.string().min(1),
  issueId: z.string().min(1),
  changelogId: z.string().min(1),
  ruleId: z.string().min(1),
  /** The changelog item's `toString`: the status or fix version the issue moved to. */
  newValue: z.string().optional(),
});
export type NotificationJob = z.infer<typeof notificationJobSchema>;

/** Forge accepts at most 50 events per push. */
const PUSH_LIMIT = 50;
const queue = new Queue({ key: QUEUE.notifications });

export async function pushNotificationJobs(jobs: NotificationJob[], delaySeconds = 0): Promise<void> {
  for (let start = 0; start < jobs.length; start += PUSH_LIMIT) {
    const batch = jobs.slice(start, start + PUSH_LIMIT);
    await queue.push(batch.map((body) => ({ body, ...(delaySeconds > 0 ? { delayInSeconds: delaySeconds } : {}) })));
  }
}
