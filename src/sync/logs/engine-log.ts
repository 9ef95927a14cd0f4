import { UserFacingError } from '../../shared/errors';
import type { ChangeNotice } from '../changes/change-notice';
import { getBase, type SyncBase } from '../links/link-base';
import type { SyncLink } from '../links/link';
import { recordSyncLog, type NewSyncLogEntry, type SyncLogAction, type SyncLogEntry } from './sync-log';

/**
 * The sync engine's log calls, each one line at the point where an outcome is known. They build
 * entries from what the engine already holds (a link, a notice, an error), so no engine file
 * needs to know the log's shape, and no entry can carry more than ids, a title and a reason.
 */

type LinkIds = Pick<SyncLink, 'integrationId' | 'ticketId' | 'issueId' | 'issueKey'>;
type Extra = Partial<Pick<SyncLogEntry, 'title' | 'errorKind' | 'reason'>>;

export const linkEntry = (link: LinkIds, direction: SyncLogEntry['direction'], action: SyncLogAction, result: SyncLogEntry['result'] = 'ok', extra: Extra = {}): NewSyncLogEntry => ({
  integrationId: link.integrationId,
  direction,
  action,
  result,
  ticketId: link.ticketId,
  ...(link.issueId ? { issueId: link.issueId } : {}),
  ...(link.issueKey ? { issueKey: link.issueKey } : {}),
  ...extra,
});

/** One action on a link that worked. */
export const logLink = (link: LinkIds, direction: SyncLogEntry['direction'], action: SyncLogAction, extra: Extra = {}) =>
  recordSyncLog(linkEntry(link, direction, action, 'ok', extra));

const directionFrom = (from: 'helpdesk' | 'jira', scope: ChangeNotice['scope']): SyncLogEntry['direction'] =>
  scope === 'all' || scope === 'created' ? 'both' : from === 'helpdesk' ? 'to-jira' : 'to-helpdesk';

/**
 * After a merge, before its base is saved: compares the new base with the stored one and logs
 * what moved, fields and status. The base holds digests, so this says that fields synced, never
 * what they were.
 */
export async function logMerge(link: SyncLink, from: 'helpdesk' | 'jira', scope: ChangeNotice['scope'], merged: SyncBase): Promise<void> {
  try {
    const stored = await getBase(link.id);
    const direction = directionFrom(from, scope);
    if (JSON.stringify(stored.fields) !== JSON.stringify(merged.fields)) await logLink(link, direction, 'fields.synced');
    const statusMoved = stored.status.ticketStatusId !== merged.status.ticketStatusId || stored.status.jiraStatusId !== merged.status.jiraStatusId;
    if (statusMoved && stored.status.ticketStatusId !== undefined) await logLink(link, direction, 'status.moved');
  } catch {
    // Logging never fails a sync.
  }
}

/** A change that failed: retried later (`retry`), or given up on, parking its link (`stuck`). */
export function logChangeFailure(notice: ChangeNotice, error: unknown, reason: string, outcome: 'retry' | 'stuck'): Promise<void> {
  return recordSyncLog({
    integrationId: notice.integrationId,
    direction: notice.side === 'helpdesk' ? 'to-jira' : 'to-helpdesk',
    action: outcome === 'retry' ? 'change.retrying' : 'link.stuck',
    result: outcome === 'retry' ? 'retry' : 'error',
    ...(notice.ticketId ? { ticketId: notice.ticketId } : {}),
    ...(notice.issueId ? { issueId: notice.issueId } : {}),
    errorKind: error instanceof UserFacingError ? error.kind : 'internal',
    reason,
  });
}
