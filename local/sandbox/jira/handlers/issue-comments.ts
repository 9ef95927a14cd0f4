import { isAdfDocument } from '../fields/field-values';
import { readProperties } from '../fields/issue-input';
import { badRequest, notFound } from '../http-error';
import { hasProjectPermission } from '../permissions/evaluate';
import { objectBody } from '../request-body';
import { created, ok, type RouteContext, type RouteResult } from '../route';
import { addComment as add, deleteComment as remove, updateComment as update } from '../state/issues';
import { findGroupByName } from '../state/lookups';
import type { CommentRecord, CommentVisibility, IssueRecord, SiteState, UserRecord } from '../state/site-state';
import { commentView } from '../views/issue-view';
import { readWindow } from '../views/paging';
import { canSeeComment, issueFor, projectOfIssue, visibleIssue } from './issue-access';

/**
 * Issue comments. A comment limited to a role or group is hidden from callers outside it; JSM
 * internal notes show as `jsdPublic: false` with the `sd.public.comment` property.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/
 */

const expandsProperties = (query: URLSearchParams) => (query.get('expand') ?? '').split(',').map((item) => item.trim()).includes('properties');

/** Comments, oldest first (`orderBy=-created` for newest first), paged with startAt/maxResults. */
export function getComments({ site, caller, params, query }: RouteContext): RouteResult {
  const issue = visibleIssue(site, caller, params.issueIdOrKey);
  const window = readWindow(query, ['startAt', 'maxResults'], 5000, 5000);
  const seen = issue.comments.filter((comment) => canSeeComment(site, caller, issue, comment));
  if (/^-/.test(query.get('orderBy') ?? '')) seen.reverse();
  const page = seen.slice(window.start, window.start + window.size);
  return ok({
    startAt: window.start,
    maxResults: window.size,
    total: seen.length,
    comments: page.map((comment) => commentView(site, issue, comment, expandsProperties(query))),
  });
}

export function addComment({ site, caller, params, body, query }: RouteContext): RouteResult {
  const issue = issueFor(site, caller, params.issueIdOrKey, 'ADD_COMMENTS', 'You do not have permission to comment on this issue.', 400);
  const request = objectBody(body);
  if (!isAdfDocument(request.body) || request.body.content.length === 0) throw badRequest('', { comment: 'Comment body can not be empty!' });
  const visibility = readVisibility(site, request.visibility);
  const comment = add(site, issue.id, { body: request.body, visibility, properties: readProperties(request.properties) }, caller.accountId);
  return created(commentView(site, issue, comment, expandsProperties(query)));
}

function commentOf(site: SiteState, caller: UserRecord, issue: IssueRecord, id: string): CommentRecord {
  const comment = issue.comments.find((candidate) => candidate.id === id);
  if (!comment || !canSeeComment(site, caller, issue, comment)) throw notFound(`Can not find a comment for the id: ${id}.`);
  return comment;
}

export function getComment({ site, caller, params, query }: RouteContext): RouteResult {
  const issue = visibleIssue(site, caller, params.issueIdOrKey);
  return ok(commentView(site, issue, commentOf(site, caller, issue, params.id), expandsProperties(query)));
}

/** Edit: own comments with Edit Own Comments, anyone's with Edit All Comments. */
export function updateComment({ site, caller, params, body, query }: RouteContext): RouteResult {
  const issue = visibleIssue(site, caller, params.issueIdOrKey);
  const comment = commentOf(site, caller, issue, params.id);
  mayChange(site, caller, issue, comment, 'EDIT', 'You do not have the permission to edit this comment.');
  const request = objectBody(body);
  if (!isAdfDocument(request.body)) throw badRequest('', { comment: 'Comment body can not be empty!' });
  const visibility = request.visibility === null ? null : readVisibility(site, request.visibility);
  const properties = request.properties === undefined ? undefined : readProperties(request.properties);
  update(site, issue.id, comment.id, { body: request.body, visibility, properties }, caller.accountId);
  return ok(commentView(site, issue, comment, expandsProperties(query)));
}

export function deleteComment({ site, caller, params }: RouteContext): RouteResult {
  const issue = visibleIssue(site, caller, params.issueIdOrKey);
  const comment = commentOf(site, caller, issue, params.id);
  mayChange(site, caller, issue, comment, 'DELETE', 'You do not have the permission to delete this comment.');
  remove(site, issue.id, comment.id);
  return { status: 204 };
}

function mayChange(site: SiteState, caller: UserRecord, issue: IssueRecord, comment: CommentRecord, verb: 'EDIT' | 'DELETE', refusal: string): void {
  const project = projectOfIssue(site, issue);
  const own = comment.authorAccountId === caller.accountId && hasProjectPermission(site, caller, project, `${verb}_OWN_COMMENTS`);
  // Jira's spec answers this refusal with 400, not 403.
  if (!own && !hasProjectPermission(site, caller, project, `${verb}_ALL_COMMENTS`)) throw badRequest(refusal);
}

/** `{ type: 'role' | 'group', value }`: the role or group must exist. */
function readVisibility(site: SiteState, raw: unknown): CommentVisibility | undefined {
  if (raw === undefined || raw === null) return undefined;
  const visibility = objectBody(raw, 'visibility');
  const { type, value } = visibility;
  if ((type !== 'role' && type !== 'group') || typeof value !== 'string' || !value) {
    throw badRequest('', { commentLevel: "Visibility must name a 'role' or a 'group' in 'value'." });
  }
  if (type === 'group') {
    const group = findGroupByName(site, value);
    if (!group) throw badRequest('', { commentLevel: `Group: ${value} does not exist.` });
    return { type, value: group.name, identifier: group.groupId };
  }
  const role = site.roles.find((candidate) => candidate.name.toLowerCase() === value.toLowerCase());
  if (!role) throw badRequest('', { commentLevel: `Project role: ${value} does not exist.` });
  return { type, value: role.name, identifier: String(role.id) };
}
