import type { TicketComment } from '../../connectors/connector';
import { addComment } from '../../jira/add-comment';
import type { JiraComment } from '../../jira/jira-types';
import { listComments } from '../../jira/list-comments';
import { adfToHtml } from '../format/adf-to-html';
import { htmlToAdf } from '../format/html-to-adf';
import { saveBase, type SyncBase } from '../links/link-base';
import type { SyncLink } from '../links/link';
import { flowsTo } from '../mapping/common-fields';
import type { SyncContext } from '../sync-context';
import { adoptPendingTicketCopies, COMMENT_ORIGIN_PROPERTY, findCopy } from './comment-copies';
import { logLink } from '../logs/engine-log';

const mirroredIds = (pairs: Record<string, string>) => new Set(Object.values(pairs));

/**
 * Copies the help desk's new comments to the issue. Public replies become public comments;
 * private notes become internal comments (JSM) or comments restricted to a project role, and
 * nothing private is ever written where the public can read it. A comment Deskbridge itself
 * wrote to the ticket (the other half of a pair) is never copied back.
 */
export async function copyTicketComments(context: SyncContext, link: SyncLink, base: SyncBase): Promise<void> {
  const { config } = context;
  const comments = await context.connector.listComments(context.credentials, link.ticketId);
  await adoptPendingTicketCopies(link, base, comments);
  const ours = mirroredIds(base.comments.fromJira);
  for (const comment of comments) {
    if (base.comments.fromTicket[comment.id] || ours.has(comment.id)) continue;
    const rule = comment.public ? config.comments.publicReplies : config.comments.privateNotes;
    if (!flowsTo(config, rule, 'jira')) continue;
    const copyId = await once(link, base, `t:${comment.id}`, () => findCopy.inJira(link, comment), () => writeToJira(context, link, comment));
    base.comments.fromTicket[comment.id] = copyId;
    await saveBase(link.id, base);
    await logLink(link, 'to-jira', 'comment.copied');
  }
}

/** Copies the issue's new comments to the ticket, if the integration sends Jira comments out at all. */
export async function copyJiraComments(context: SyncContext, link: SyncLink, base: SyncBase): Promise<void> {
  const { config } = context;
  if (!config.comments.jiraCommentsOut) return;
  const comments = await listComments(link.issueId);
  const ours = mirroredIds(base.comments.fromTicket);
  for (const comment of comments) {
    if (base.comments.fromJira[comment.id] || ours.has(comment.id) || comment.properties[COMMENT_ORIGIN_PROPERTY]) continue;
    const isPrivate = comment.internal || comment.restricted;
    const rule = isPrivate ? config.comments.privateNotes : config.comments.publicReplies;
    if (!flowsTo(config, rule, 'helpdesk')) continue;
    const copyId = await once(
      link,
      base,
      `j:${comment.id}`,
      () => findCopy.inTicket(context, link, comment, base.pendingComments?.[`j:${comment.id}`] ?? 0),
      () => writeToTicket(context, link, comment, !isPrivate),
    );
    base.comments.fromJira[comment.id] = copyId;
    await saveBase(link.id, base);
    await logLink(link, 'to-helpdesk', 'comment.copied');
  }
}

/**
 * Writes one copy exactly once across crashes: the intent is saved before the write, and a copy
 * whose intent survived a crash is looked for on the target before writing again.
 */
async function once(link: SyncLink, base: SyncBase, sourceKey: string, find: () => Promise<string | undefined>, write: () => Promise<string>): Promise<string> {
  if (base.pendingComments?.[sourceKey]) {
    const found = await find();
    if (found) return settle(base, sourceKey, found);
  }
  base.pendingComments = { ...base.pendingComments, [sourceKey]: Date.now() };
  await saveBase(link.id, base);
  return settle(base, sourceKey, await write());
}

function settle(base: SyncBase, sourceKey: string, copyId: string): string {
  if (base.pendingComments) delete base.pendingComments[sourceKey];
  return copyId;
}

/** Private notes go to JSM as internal comments; anything else is a software project (restricted comments). */
export const isServiceDesk = (context: SyncContext): boolean => Boolean(context.config.requestTypeId);

/** Writes one ticket comment to the issue with its origin marker, private notes kept private. */
export async function writeToJira(context: SyncContext, link: Pick<SyncLink, 'issueId' | 'ticketId'>, comment: TicketComment): Promise<string> {
  const origin = { key: COMMENT_ORIGIN_PROPERTY, value: { tool: context.integration.tool, ticketId: link.ticketId, commentId: comment.id } };
  const body = htmlToAdf(comment.body);
  if (comment.public) return (await addComment(link.issueId, { body, properties: [origin] })).id;
  // JSM: an internal comment (agents only); software projects: restricted to a project role.
  if (isServiceDesk(context)) return (await addComment(link.issueId, { body, internal: true, properties: [origin] })).id;
  return (await addComment(link.issueId, { body, visibility: { type: 'role', value: context.config.comments.restrictedRole || 'Administrators' }, properties: [origin] })).id;
}

async function writeToTicket(context: SyncContext, link: SyncLink, comment: JiraComment, isPublic: boolean): Promise<string> {
  const written = await context.connector.addComment(context.credentials, link.ticketId, { body: adfToHtml(comment.body), public: isPublic });
  return written.id;
}
