import { badRequest, forbidden } from '../http-error';
import { hasProjectPermission } from '../permissions/evaluate';
import { objectBody, optionalString } from '../request-body';
import { created, ok, type RouteContext, type RouteResult } from '../route';
import { addComment } from '../state/issues';
import type { SiteState } from '../state/site-state';
import { jsmPage, readWindow } from '../views/paging';
import { requestCommentView, textToAdf } from '../views/request-view';
import { findRequest, isAgent } from './request-access';

/**
 * A request's comments: public replies the customer sees, and internal notes (`public: false`)
 * only agents see. They are the issue's comments; an internal note is one whose
 * `sd.public.comment` property says so.
 */

const base = (site: SiteState) => `${site.baseUrl}/rest/servicedeskapi`;
const flag = (value: string | null) => value === null || value.toLowerCase() !== 'false';

/**
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-comment-get
 */
export function getRequestComments({ site, caller, params, query }: RouteContext): RouteResult {
  const { issue, project } = findRequest(site, params.issueIdOrKey, caller);
  const window = readWindow(query, ['start', 'limit'], 50, 100);
  const wantPublic = flag(query.get('public'));
  // Customers get public comments only, whatever they ask for.
  const wantInternal = flag(query.get('internal')) && isAgent(site, caller, project);
  const comments = issue.comments
    .filter((comment) => (comment.internal ? wantInternal : wantPublic))
    .map((comment) => requestCommentView(site, issue, comment, caller));
  const link = (start: number, limit: number) => `${base(site)}/request/${issue.id}/comment?start=${start}&limit=${limit}`;
  return ok(jsmPage(comments, window, base(site), link));
}

/**
 * Body `{ body, public }`. Agents need Add Comments; customers may comment publicly on their own requests.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-comment-post
 */
export function createRequestComment({ site, caller, params, body }: RouteContext): RouteResult {
  const { issue, project } = findRequest(site, params.issueIdOrKey, caller);
  const request = objectBody(body);
  const text = optionalString(request.body, 'body');
  if (!text?.trim()) throw badRequest('The comment body must not be empty.');
  if (request.public !== undefined && typeof request.public !== 'boolean') throw badRequest("'public' must be true or false.");
  const isPublic = request.public !== false;
  const agent = isAgent(site, caller, project);
  if (!agent && !isPublic) throw badRequest('Customers can add public comments only.');
  if (agent && !hasProjectPermission(site, caller, project, 'ADD_COMMENTS')) throw forbidden('You do not have permission to add comments to this request.');
  const comment = addComment(site, issue.id, { body: textToAdf(text), internal: !isPublic }, caller.accountId);
  return created(requestCommentView(site, issue, comment, caller));
}
