import type { IncomingHttpHeaders } from 'node:http';
import { forbidden, HttpError, notFound } from '../http-error';
import { hasProjectPermission } from '../permissions/evaluate';
import { ok, type RouteContext, type RouteResult } from '../route';
import { findProject, findServiceDesk, findUser, projectOfDesk } from '../state/lookups';
import type { ServiceDeskRecord, SiteState, UserRecord } from '../state/site-state';
import { jsmPage, readWindow } from '../views/paging';
import { avatarUrls, emailVisibleTo } from '../views/user-view';

/** JSM service desk customers: the portal accounts Deskbridge maps to help-desk contacts. */

const base = (site: SiteState) => `${site.baseUrl}/rest/servicedeskapi`;

/**
 * The customers of a service desk, optionally filtered by `query` (display name, or email where the
 * profile shows it: matching a hidden address would reveal it). Experimental in JSM: without
 * `X-ExperimentalApi: opt-in` JSM answers 412, as its REST intro says for every experimental
 * method (the operation's own response list omits 412, so the contract recorder reports it).
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-servicedeskid-customer-get
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/intro/#experimental-methods
 */
export function getCustomers({ site, caller, params, query, headers }: RouteContext): RouteResult {
  requireExperimentalOptIn(headers);
  const desk = deskByIdOrProject(site, params.serviceDeskId);
  if (!desk) throw notFound(`The service desk with id '${params.serviceDeskId}' does not exist.`);
  if (!canViewCustomers(site, caller, desk)) throw forbidden(`You do not have permission to view the customers of service desk '${desk.id}'.`);
  const window = readWindow(query, ['start', 'limit'], 50, 100);
  const search = (query.get('query') ?? '').toLowerCase();
  const customers = desk.customerIds
    .map((accountId) => findUser(site, accountId))
    .filter((user): user is UserRecord => !!user)
    .filter((user) => !search || matches(user, caller, search))
    .map((user) => customerView(site, user, caller));
  const searchPart = search ? `&query=${encodeURIComponent(query.get('query') ?? '')}` : '';
  const link = (start: number, limit: number) => `${base(site)}/servicedesk/${desk.id}/customer?start=${start}&limit=${limit}${searchPart}`;
  return ok(jsmPage(customers, window, base(site), link));
}

/** JSM's experimental opt-in; it is checked before anything else about the request. */
export function requireExperimentalOptIn(headers: IncomingHttpHeaders): void {
  const value = headers['x-experimentalapi'];
  const optedIn = (Array.isArray(value) ? value : [value]).some((item) => item?.trim().toLowerCase() === 'opt-in');
  if (!optedIn) {
    throw new HttpError(412, [
      "This API is experimental. Experimental APIs are not guaranteed to be stable within the preview period. You must set the header 'X-ExperimentalApi: opt-in' to opt into using this API.",
    ]);
  }
}

/** `serviceDeskId` "can alternatively be a project identifier" (id or key). */
function deskByIdOrProject(site: SiteState, idOrProject: string): ServiceDeskRecord | undefined {
  const desk = findServiceDesk(site, idOrProject);
  if (desk) return desk;
  const project = findProject(site, idOrProject);
  return project ? site.serviceDesks.find((candidate) => candidate.projectId === project.id) : undefined;
}

/** Agents of the desk's project and its administrators (Jira admins among them); not customers. */
function canViewCustomers(site: SiteState, caller: UserRecord, desk: ServiceDeskRecord): boolean {
  const project = projectOfDesk(site, desk);
  return hasProjectPermission(site, caller, project, 'SERVICEDESK_AGENT') || hasProjectPermission(site, caller, project, 'ADMINISTER_PROJECTS');
}

function matches(user: UserRecord, caller: UserRecord, search: string): boolean {
  if (user.displayName.toLowerCase().includes(search)) return true;
  return !!user.emailAddress && emailVisibleTo(caller, user) && user.emailAddress.toLowerCase().includes(search);
}

/** JSM's `UserDTO`: no accountType; the deprecated `name` and `key` are left out, as Atlassian asks. */
function customerView(site: SiteState, user: UserRecord, caller: UserRecord): Record<string, unknown> {
  const jiraRest = `${site.baseUrl}/rest/api/2/user?accountId=${encodeURIComponent(user.accountId)}`;
  return {
    accountId: user.accountId,
    ...(user.emailAddress && emailVisibleTo(caller, user) ? { emailAddress: user.emailAddress } : {}),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    _links: { jiraRest, avatarUrls: avatarUrls(user.accountId), self: jiraRest },
  };
}
