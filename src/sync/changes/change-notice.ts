import { z } from 'zod';
import { linkIdOf } from '../links/link';

/**
 * "Something changed on one side of an integration": the only thing an event, a webhook or the
 * poll tells the sync engine. It carries ids, never content: the engine reads the current state
 * from the source of truth, so a duplicate, late or forged notice can change nothing by itself,
 * and applying one twice is the same as applying it once.
 */
export const changeNoticeSchema = z.object({
  integrationId: z.string().min(1),
  side: z.enum(['helpdesk', 'jira']),
  /** Help-desk side: the ticket. Jira side: the issue (the link is found by issue id). */
  ticketId: z.string().min(1).optional(),
  issueId: z.string().min(1).optional(),
  /**
   * What to read: the side's fields, its comments, both (`changed`: "something changed on this
   * side"), everything on both sides (`all`: the poll, a retry), or a new item that may need linking.
   */
  scope: z.enum(['fields', 'comments', 'changed', 'all', 'created']),
  /** The source's own version of the change (updated time, comment id), when it gave one: the idempotency key's last part. */
  version: z.string().optional(),
});
export type ChangeNotice = z.infer<typeof changeNoticeSchema>;

/**
 * Changes to one link are applied one at a time: this names the lease. A Jira-side notice for an
 * issue not linked yet leases the issue, so two events can't each create a ticket for it.
 */
export function leaseIdOf(notice: ChangeNotice, linkId?: string): string {
  if (linkId) return linkId;
  if (notice.ticketId) return linkIdOf(notice.integrationId, notice.ticketId);
  return `${notice.integrationId}~issue~${notice.issueId}`;
}

/** The idempotency key of a notice that names its version; notices without one (poll, retry) always run. */
export function changeKeyOf(notice: ChangeNotice): string | undefined {
  if (!notice.version) return undefined;
  return [notice.integrationId, notice.side, notice.ticketId ?? notice.issueId, notice.scope, notice.version].join(':');
}
