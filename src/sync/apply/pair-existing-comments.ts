import { listComments } from '../../jira/list-comments';
import { adfToHtml } from '../format/adf-to-html';
import { htmlToPlainText } from '../format/plain-text';
import type { SyncBase } from '../links/link-base';
import type { SyncLink } from '../links/link';
import type { SyncContext } from '../sync-context';

const textOf = (html: string) => htmlToPlainText(html).replace(/\s+/g, ' ').trim();

/**
 * Linking two items by hand that already share a conversation (relinking a pair, or a ticket
 * that was copied to Jira before Deskbridge) must not copy it again: comments with the same
 * text on both sides are recorded as pairs first, each matched once, so only what one side
 * lacks is copied afterwards.
 */
export async function pairExistingComments(context: SyncContext, link: SyncLink, base: SyncBase): Promise<void> {
  const [ticketComments, jiraComments] = await Promise.all([context.connector.listComments(context.credentials, link.ticketId), listComments(link.issueId)]);
  const unmatched = new Map<string, string[]>();
  for (const comment of jiraComments) {
    const text = textOf(adfToHtml(comment.body));
    unmatched.set(text, [...(unmatched.get(text) ?? []), comment.id]);
  }
  for (const comment of ticketComments) {
    const candidates = unmatched.get(textOf(comment.body));
    const jiraId = candidates?.shift();
    if (!jiraId) continue;
    base.comments.fromTicket[comment.id] = jiraId;
    base.comments.fromJira[jiraId] = comment.id;
  }
}
