import { UserFacingError } from '../shared/errors';
import { pushChanges } from '../sync/changes/push-changes';
import { adfToHtml } from '../sync/format/adf-to-html';
import { plainTextToAdf } from '../sync/format/plain-text';
import { flowsTo } from '../sync/mapping/common-fields';
import { linkIdOf, type SyncLink } from '../sync/links/link';
import { retryLink, unlink } from '../sync/links/link-service';
import { getLink } from '../sync/links/link-store';
import type { SyncContext } from '../sync/sync-context';
import type { ReplyVisibility } from './panel-view';

/**
 * The panel's actions on one linked ticket. The resolvers have already checked that the caller
 * may edit the integration; these check the link itself: it exists and, when the panel names
 * its issue, belongs to that issue (so a stale panel can't act on a ticket moved elsewhere).
 */
export async function linkOnIssue(integrationId: string, ticketId: string, issueId?: string): Promise<SyncLink> {
  const link = await getLink(linkIdOf(integrationId, ticketId));
  if (!link || (issueId && link.issueId !== issueId && link.issueKey !== issueId)) {
    throw new UserFacingError('not-found', `Ticket ${ticketId} is no longer linked to this issue. Reload the panel.`);
  }
  return link;
}

/**
 * A reply to the customer or a private note, written to the ticket only. The issue shows it the
 * way it shows any ticket comment: the sync copies it (public reply → public comment, note →
 * internal or restricted comment, with the origin marker and the comment pair that keep it from
 * ever coming back), and is nudged at once rather than waiting for the webhook or the poll. One
 * path for every ticket comment keeps visibility rules and "copied exactly once" in one place.
 *
 * The integration's rules apply as to any comment bound for the help desk: a reply goes out only
 * if public replies may flow to it, a note only if private notes may.
 */
export async function replyToTicket(context: SyncContext, link: SyncLink, text: string, visibility: ReplyVisibility): Promise<{ commentId: string }> {
  const rule = visibility === 'public' ? context.config.comments.publicReplies : context.config.comments.privateNotes;
  if (!flowsTo(context.config, rule, 'helpdesk')) {
    throw new UserFacingError(
      'invalid',
      `This integration does not send ${visibility === 'public' ? 'public replies' : 'private notes'} to ${context.connector.spec.displayName}; change its comment settings to allow it.`,
    );
  }
  const body = adfToHtml(plainTextToAdf(text));
  const written = await context.connector.addComment(context.credentials, link.ticketId, { body, public: visibility === 'public' });
  await pushChanges([{ integrationId: link.integrationId, side: 'helpdesk', ticketId: link.ticketId, scope: 'comments' }]);
  return { commentId: written.id };
}

/** Syncs a stuck link again (the cause fixed), through the queue like any retry. */
export async function retryFromPanel(link: SyncLink): Promise<{ state: SyncLink['state'] }> {
  return { state: (await retryLink(link)).state };
}

/** Unlinks: both sides keep everything they have; the issue loses its `deskbridge` property. */
export async function unlinkFromPanel(link: SyncLink): Promise<{ unlinked: string }> {
  await unlink(link);
  return { unlinked: link.ticketId };
}
