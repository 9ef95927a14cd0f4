import { badRequest, forbidden, notFound } from '../http-error';
import { objectBody, optionalString } from '../request-body';
import { created, ok, type RouteContext, type RouteResult } from '../route';
import { createIssue } from '../state/issues';
import { findServiceDesk, findUser, projectOfDesk } from '../state/lookups';
import type { IssueRecord, SiteState, UserRecord } from '../state/site-state';
import { jsmPage, readWindow } from '../views/paging';
import { customerRequestView, textToAdf } from '../views/request-view';
import { deskOfProject, findRequest, isAgent, mayRaiseIn } from './request-access';

/** JSM customer requests: raising one, reading one, and a customer's own list. */

const base = (site: SiteState) => `${site.baseUrl}/rest/servicedeskapi`;
const expandOf = (query: URLSearchParams) => new Set(query.getAll('expand').flatMap((value) => value.split(',')).map((value) => value.trim()));

/**
 * Raises a request. Agents (and the app) may raise on behalf of another account, which becomes
 * the reporter; customers raise for themselves. The reporter must be allowed to raise requests in
 * the desk: a customer of it unless the desk is open to anyone.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-post
 */
export function createCustomerRequest({ site, caller, body, query }: RouteContext): RouteResult {
  const request = objectBody(body);
  const deskId = optionalString(request.serviceDeskId, 'serviceDeskId');
  const desk = deskId ? findServiceDesk(site, deskId) : undefined;
  if (!desk) throw badRequest(`The service desk '${deskId ?? ''}' does not exist.`);
  const project = projectOfDesk(site, desk);
  const agent = isAgent(site, caller, project);
  if (!agent && !mayRaiseIn(site, caller, desk)) throw forbidden(`You do not have permission to raise requests in service desk '${desk.id}'.`);
  const type = desk.requestTypes.find((candidate) => candidate.id === optionalString(request.requestTypeId, 'requestTypeId'));
  if (!type) throw badRequest(`The request type '${String(request.requestTypeId ?? '')}' does not exist in service desk '${desk.id}'.`);

  const onBehalfOf = optionalString(request.raiseOnBehalfOf, 'raiseOnBehalfOf');
  if (onBehalfOf && !agent) throw badRequest('raiseOnBehalfOf is not available to customers.');
  const reporter: UserRecord | undefined = onBehalfOf ? findUser(site, onBehalfOf) : caller;
  if (!reporter) throw badRequest(`The user '${onBehalfOf}' does not exist.`);
  if (!mayRaiseIn(site, reporter, desk)) {
    throw badRequest(`The customer '${reporter.accountId}' does not have permission to raise requests in service desk '${desk.id}'. Add them as a customer first.`);
  }

  const values = objectBody(request.requestFieldValues, 'requestFieldValues');
  const summary = optionalString(values.summary, 'summary');
  if (!summary?.trim()) throw badRequest('', { summary: 'You must specify a summary of the issue.' });
  const description = optionalString(values.description, 'description');
  const issue = createIssue(
    site,
    { projectId: project.id, issueTypeId: type.issueTypeId, summary, description: description ? textToAdf(description) : null, reporterAccountId: reporter.accountId, requestTypeId: type.id },
    caller.accountId,
  );
  return created(customerRequestView(site, desk, issue, caller, expandOf(query)));
}

/**
 * One request, by issue id or key.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-get
 */
export function getCustomerRequestByIdOrKey({ site, caller, params, query }: RouteContext): RouteResult {
  const { issue, desk } = findRequest(site, params.issueIdOrKey, caller);
  return ok(customerRequestView(site, desk, issue, caller, expandOf(query)));
}

/**
 * The caller's own requests (those they reported; participants and organisations are not
 * modelled), latest activity first, filtered by desk, request type, open/closed and summary text.
 * For every request of a customer, an agent searches with JQL (`reporter = <accountId>`): JSM has
 * no customer filter here.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-get
 */
export function getCustomerRequests({ site, caller, query }: RouteContext): RouteResult {
  const window = readWindow(query, ['start', 'limit'], 50, 100);
  const deskId = query.get('serviceDeskId');
  if (deskId && !findServiceDesk(site, deskId)) throw notFound(`The service desk '${deskId}' does not exist.`);
  const typeId = query.get('requestTypeId');
  const status = query.get('requestStatus') ?? 'ALL_REQUESTS';
  const term = (query.get('searchTerm') ?? '').toLowerCase().replace(/\*/g, '');
  const matches = (issue: IssueRecord) => {
    const desk = deskOfProject(site, issue.projectId);
    if (!desk || !issue.requestTypeId || issue.reporterAccountId !== caller.accountId) return false;
    if (deskId && desk.id !== deskId) return false;
    if (typeId && issue.requestTypeId !== typeId) return false;
    if (term && !issue.summary.toLowerCase().includes(term)) return false;
    const done = projectOfDesk(site, desk).statuses.find((candidate) => candidate.id === issue.statusId)?.category === 'done';
    return status === 'OPEN_REQUESTS' ? !done : status === 'CLOSED_REQUESTS' ? done : true;
  };
  const requests = site.issues
    .filter(matches)
    .sort((a, b) => b.updated.localeCompare(a.updated))
    .map((issue) => customerRequestView(site, deskOfProject(site, issue.projectId)!, issue, caller, expandOf(query)));
  return ok(jsmPage(requests, window, base(site), (start, limit) => `${base(site)}/request?start=${start}&limit=${limit}`));
}
