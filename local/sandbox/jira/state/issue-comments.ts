import { issueEvent } from '../events/event-payloads';
import { recordEvent } from '../events/product-events';
import { notFound } from '../http-error';
import type { AdfDocument, CommentRecord, CommentVisibility, SiteState } from './site-state';
import { issueById, now } from './issues';

/**
 * Comments on issues. A JSM internal note is an ordinary comment whose `sd.public.comment`
 * property says `{ internal: true }`; the state keeps that as `internal`, and views put the
 * property back, so agents see what Jira shows and the JSM side can filter on one flag.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/
 */

export interface CommentInput {
  body: AdfDocument;
  internal?: boolean;
  visibility?: CommentVisibility;
  properties?: Record<string, unknown>;
  /** The actor unless given. */
  authorAccountId?: string;
}

/** The comment property JSM uses for internal notes. */
export const SD_PUBLIC_COMMENT = 'sd.public.comment';

/** Adds a comment and raises avi:jira:commented:issue; the issue's `updated` moves, as in Jira. */
export function addComment(site: SiteState, issueId: string, input: CommentInput, actorAccountId: string): CommentRecord {
  const issue = issueById(site, issueId);
  const at = now();
  const { [SD_PUBLIC_COMMENT]: publicFlag, ...properties } = input.properties ?? {};
  const author = input.authorAccountId ?? actorAccountId;
  const comment: CommentRecord = {
    id: String(site.counters.nextCommentId++),
    authorAccountId: author,
    updateAuthorAccountId: author,
    body: structuredClone(input.body),
    created: at,
    updated: at,
    internal: input.internal ?? isInternal(publicFlag),
    ...(input.visibility ? { visibility: { ...input.visibility } } : {}),
    properties: structuredClone(properties),
  };
  issue.comments.push(comment);
  issue.updated = at;
  recordEvent(site, issueEvent(site, 'avi:jira:commented:issue', issue, actorAccountId, { comment }));
  return comment;
}

export function findComment(site: SiteState, issueId: string, commentId: string): CommentRecord {
  const comment = issueById(site, issueId).comments.find((candidate) => candidate.id === commentId);
  if (!comment) throw notFound(`Can not find a comment for the id: ${commentId}.`);
  return comment;
}

/** Edits a comment. Forge's comment-edit event is not among those the sandbox raises. */
export function updateComment(
  site: SiteState,
  issueId: string,
  commentId: string,
  changes: { body?: AdfDocument; visibility?: CommentVisibility | null; properties?: Record<string, unknown> },
  actorAccountId: string,
): CommentRecord {
  const comment = findComment(site, issueId, commentId);
  if (changes.body) comment.body = structuredClone(changes.body);
  if (changes.visibility === null) delete comment.visibility;
  else if (changes.visibility) comment.visibility = { ...changes.visibility };
  if (changes.properties) {
    const { [SD_PUBLIC_COMMENT]: publicFlag, ...properties } = changes.properties;
    if (publicFlag !== undefined) comment.internal = isInternal(publicFlag);
    Object.assign(comment.properties, structuredClone(properties));
  }
  comment.updateAuthorAccountId = actorAccountId;
  comment.updated = now();
  return comment;
}

export function deleteComment(site: SiteState, issueId: string, commentId: string): void {
  const issue = issueById(site, issueId);
  const comment = findComment(site, issueId, commentId);
  issue.comments.splice(issue.comments.indexOf(comment), 1);
}

/** The properties Jira shows for a comment, `sd.public.comment` included for internal notes. */
export function commentProperties(comment: CommentRecord): Record<string, unknown> {
  return comment.internal ? { ...comment.properties, [SD_PUBLIC_COMMENT]: { internal: true } } : { ...comment.properties };
}

function isInternal(flag: unknown): boolean {
  return !!flag && typeof flag === 'object' && (flag as { internal?: unknown }).internal === true;
}
