import { badRequest, forbidden } from '../http-error';
import { hasProjectPermission } from '../permissions/evaluate';
import { objectBody, optionalString } from '../request-body';
import { ok, type RouteContext, type RouteResult } from '../route';
import { addComment, availableTransitions, transitionIssue } from '../state/issues';
import { SEED_RESOLUTIONS } from '../seed/seed-ids';
import type { IssueRecord, ProjectRecord, SiteState, TransitionRecord, UserRecord } from '../state/site-state';
import { jsmPage, readWindow } from '../views/paging';
import { textToAdf } from '../views/request-view';
import { findRequest, isAgent } from './request-access';

/**
 * Customer transitions: the workflow steps JSM offers on a request, without their target status
 * or screen. Agents (and the app) get every transition from the request's status; customers only
 * those that close their request (into a done status), as the portal's "Resolve"/"Cancel" buttons.
 */

const base = (site: SiteState) => `${site.baseUrl}/rest/servicedeskapi`;

function offered(site: SiteState, caller: UserRecord, issue: IssueRecord, project: ProjectRecord): TransitionRecord[] {
  const available = availableTransitions(site, issue);
  if (isAgent(site, caller, project)) return hasProjectPermission(site, caller, project, 'TRANSITION_ISSUES') ? available : [];
  const done = new Set(project.statuses.filter((status) => status.category === 'done').map((status) => status.id));
  return issue.reporterAccountId === caller.accountId ? available.filter((transition) => done.has(transition.to)) : [];
}

/**
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-transition-get
 */
export function getCustomerTransitions({ site, caller, params, query }: RouteContext): RouteResult {
  const { issue, project } = findRequest(site, params.issueIdOrKey, caller);
  const window = readWindow(query, ['start', 'limit'], 50, 100);
  const values = offered(site, caller, issue, project).map((transition) => ({ id: transition.id, name: transition.name }));
  return ok(jsmPage(values, window, base(site), (start, limit) => `${base(site)}/request/${issue.id}/transition?start=${start}&limit=${limit}`));
}

/**
 * Body `{ id, additionalComment?: { body } }`. A transition into a done status gets the resolution
 * Done when its screen asks for one (customer transitions show no screen); any other required
 * screen field makes it fail, as it would in JSM.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-transition-post
 */
export function performCustomerTransition({ site, caller, params, body }: RouteContext): RouteResult {
  const { issue, project } = findRequest(site, params.issueIdOrKey, caller);
  const request = objectBody(body);
  const id = optionalString(request.id, 'id');
  const transition = offered(site, caller, issue, project).find((candidate) => candidate.id === id);
  if (!transition) {
    if (isAgent(site, caller, project) && !hasProjectPermission(site, caller, project, 'TRANSITION_ISSUES')) throw forbidden('You do not have permission to transition this request.');
    throw badRequest(`The transition '${id ?? ''}' is not available for request ${issue.key}.`);
  }
  const needsResolution = (transition.fields ?? []).some((field) => field.fieldId === 'resolution');
  transitionIssue(site, issue.id, transition.id, needsResolution ? { resolutionId: SEED_RESOLUTIONS.done.id } : {}, caller.accountId);
  const comment = request.additionalComment === undefined ? undefined : optionalString(objectBody(request.additionalComment, 'additionalComment').body, 'additionalComment.body');
  if (comment?.trim()) addComment(site, issue.id, { body: textToAdf(comment) }, caller.accountId);
  return { status: 204 };
}
