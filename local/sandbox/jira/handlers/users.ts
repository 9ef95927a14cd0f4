import { badRequest, forbidden, notFound } from '../http-error';
import { canBrowseUsers, groupsOf } from '../permissions/evaluate';
import { ok, type RouteContext, type RouteResult } from '../route';
import { findUser } from '../state/lookups';
import type { UserRecord } from '../state/site-state';
import { pageBean, readWindow } from '../views/paging';
import { byName, directoryUserView, emailVisibleTo, groupNameView, userView } from '../views/user-view';

/** Users and the caller's own account. */

/**
 * The caller's own account: the app's account when Deskbridge calls as the app.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-myself/#api-rest-api-3-myself-get
 */
export function getCurrentUser({ site, caller, query }: RouteContext): RouteResult {
  return ok(userView(site, caller, { expand: query.get('expand'), showEmail: true }));
}

/**
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/#api-rest-api-3-user-get
 */
export function getUser(context: RouteContext): RouteResult {
  const user = browsableUser(context);
  return ok(userView(context.site, user, { expand: context.query.get('expand'), showEmail: emailVisibleTo(context.caller, user) }));
}

/**
 * The groups of a user: what Deskbridge reads to find `deskbridge-jira-<tool>` members.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/#api-rest-api-3-user-groups-get
 */
export function getUserGroups(context: RouteContext): RouteResult {
  const user = browsableUser(context);
  return ok(groupsOf(context.site, user.accountId).sort(byName).map((group) => groupNameView(context.site, group)));
}

/**
 * Every account on the site, people, apps and customers, active or closed: the directory Deskbridge
 * ingests by accountId. A stable order (the order accounts joined the site), so paging with
 * `startAt` never skips or repeats an account; `maxResults` up to 1,000, as Jira allows; emails
 * only where the profile shows them.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/#api-rest-api-3-users-search-get
 */
export function getAllUsers({ site, caller, query }: RouteContext): RouteResult {
  if (!canBrowseUsers(site, caller)) throw forbidden('You do not have the permission to browse users and groups.');
  const window = readWindow(query, ['startAt', 'maxResults'], 50, 1000);
  return ok(site.users.slice(window.start, window.start + window.size).map((user) => directoryUserView(site, user, caller)));
}

/**
 * The accounts named by repeated `accountId` parameters, in the order asked, once each; unknown ids
 * are left out. Paged like every PageBean (`maxResults` defaults to 10; the sandbox caps it at 200,
 * Jira documents no cap). Emails only where the profile shows them.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/#api-rest-api-3-user-bulk-get
 */
export function bulkGetUsers({ site, caller, query }: RouteContext): RouteResult {
  const accountIds = [...new Set(query.getAll('accountId').filter(Boolean))];
  if (accountIds.length === 0) throw badRequest("At least one 'accountId' is required.");
  const window = readWindow(query, ['startAt', 'maxResults'], 10, 200);
  const found = accountIds.map((accountId) => findUser(site, accountId)).filter((user): user is UserRecord => !!user);
  const ids = accountIds.map((accountId) => `accountId=${encodeURIComponent(accountId)}`).join('&');
  const link = (startAt: number, maxResults: number) => `${site.baseUrl}/rest/api/3/user/bulk?startAt=${startAt}&maxResults=${maxResults}&${ids}`;
  const page = pageBean(found, window, link);
  return ok({ ...page, values: (page.values as UserRecord[]).map((user) => directoryUserView(site, user, caller)) });
}

/** The user named by `accountId`, after the Browse users and groups check Jira makes first. */
function browsableUser({ site, caller, query }: RouteContext): UserRecord {
  if (!canBrowseUsers(site, caller)) throw forbidden('You do not have the permission to browse users and groups.');
  const user = findUser(site, query.get('accountId'));
  if (!user) throw notFound('Specified user does not exist or you do not have required permissions');
  return user;
}

/**
 * Finds active accounts (people, apps, JSM customers) whose display name or email starts with
 * `query`, or by exact `accountId`. Emails take part only where the caller may see them, so an
 * account hiding its email is not found by it: matching on it would disclose the address. Callers
 * without Browse users and groups get an empty list, as Jira answers them.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-search-get
 */
export function findUsers({ site, caller, query }: RouteContext): RouteResult {
  const text = (query.get('query') ?? '').trim().toLowerCase();
  const accountId = query.get('accountId');
  if (!text && !accountId && !query.get('property')) throw badRequest('One of the query parameters query, accountId or property is required.');
  if (!canBrowseUsers(site, caller)) return ok([]);
  const window = readWindow(query, ['startAt', 'maxResults'], 50, 1000);
  const matches = (user: UserRecord) => {
    if (!user.active) return false;
    if (accountId && user.accountId !== accountId) return false;
    if (!text) return true;
    const words = user.displayName.toLowerCase().split(/\s+/);
    if (user.displayName.toLowerCase().startsWith(text) || words.some((word) => word.startsWith(text))) return true;
    return !!user.emailAddress && emailVisibleTo(caller, user) && user.emailAddress.toLowerCase().startsWith(text);
  };
  // Jira filters first, then pages, up to the thousandth match.
  const found = site.users.filter(matches).slice(0, 1000);
  return ok(found.slice(window.start, window.start + window.size).map((user) => directoryUserView(site, user, caller)));
}
