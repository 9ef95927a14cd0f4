import type { TicketComment } from '../../connectors/connector';
import type { JiraComment } from '../../jira/jira-types';
import { listComments } from '../../jira/list-comments';
import { adfToHtml } from '../format/adf-to-html';
import { htmlToPlainText } from '../format/plain-text';
import type { SyncBase } from '../links/link-base';
import type { SyncLink } from '../links/link';
import type { SyncContext } from '../sync-context';

/**
 * The comment property that marks a Jira comment as a copy Deskbridge made of a help-desk
 * comment (the origin marker): such a comment is never copied back, even if the pair record
 * was lost.
 */
export const COMMENT_ORIGIN_PROPERTY = 'deskbridge.origin';

const sameText = (a: string, b: string) => htmlToPlainText(a).replace(/\s+/g, ' ').trim() === htmlToPlainText(b).replace(/\s+/g, ' ').trim();

/** Finds a copy written before a crash, so it is adopted rather than written twice. */
export const findCopy = {
  async inJira(link: SyncLink, source: TicketComment): Promise<string | undefined> {
    const comments = await listComments(link.issueId);
    const marker = (comment: JiraComment) => comment.properties[COMMENT_ORIGIN_PROPERTY] as { commentId?: string } | undefined;
    return comments.find((comment) => marker(comment)?.commentId === source.id)?.id;
  },
  /** Help desks keep no markers: a comment with the same text, written after the attempt started, is the copy. */
  async inTicket(context: SyncContext, link: SyncLink, source: JiraComment, attemptedAt: number): Promise<string | undefined> {
    const comments = await context.connector.listComments(context.credentials, link.ticketId);
    const text = adfToHtml(source.body);
    return comments.find((comment) => Date.parse(comment.createdAt) >= attemptedAt - 60_000 && sameText(comment.body, text))?.id;
  },
};

/**
 * A Jira comment whose copy to the ticket lost its answer (the write may have happened) is still
 * pending; the help desk's webhook about that very copy can arrive before the retry. Before the
 * ticket's comments are judged, such copies are recognised and paired, so they are never taken
 * for new ticket comments and copied back (an echo).
 */
export async function adoptPendingTicketCopies(link: SyncLink, base: SyncBase, ticketComments: TicketComment[]): Promise<void> {
  const pending = Object.entries(base.pendingComments ?? {}).filter(([key]) => key.startsWith('j:'));
  if (pending.length === 0) return;
  const jiraComments = await listComments(link.issueId);
  const paired = new Set(Object.values(base.comments.fromJira));
  for (const [key, attemptedAt] of pending) {
    const source = jiraComments.find((comment) => comment.id === key.slice(2));
    if (!source) continue;
    const text = adfToHtml(source.body);
    const copy = ticketComments.find((comment) => !paired.has(comment.id) && Date.parse(comment.createdAt) >= attemptedAt - 60_000 && sameText(comment.body, text));
    if (!copy) continue;
    base.comments.fromJira[source.id] = copy.id;
    paired.add(copy.id);
    delete base.pendingComments![key];
  }
}
