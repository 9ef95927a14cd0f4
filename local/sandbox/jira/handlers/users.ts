import { forbidden, notFound } from '../http-error';
import { canBrowseUsers, groupsOf } from '../permissions/evaluate';
import { ok, type RouteContext, type RouteResult } from '../route';
import { findUser } from '../state/lookups';
import type { UserRecord } from '../state/site-state';
import { readWindow } from '../views/paging';
import { byName, groupNameView, userView } from '../views/user-view';

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
  return ok(userView(context.site, user, { expand: context.query.get('expand'), showEmail: user.accountId === context.caller.accountId }));
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
 * Every account on the site, people, apps and customers, active or not: the directory Deskbridge
 * ingests by accountId.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/#api-rest-api-3-users-search-get
 */
export function getAllUsers({ site, caller, query }: RouteContext): RouteResult {
  if (!canBrowseUsers(site, caller)) throw forbidden('You do not have the permission to browse users and groups.');
  const window = readWindow(query, ['startAt', 'maxResults'], 50, 1000);
  return ok(site.users.slice(window.start, window.start + window.size).map((user) => userView(site, user)));
}

/** The user named by `accountId`, after the Browse users and groups check Jira makes first. */
function browsableUser({ site, caller, query }: RouteContext): UserRecord {
  if (!canBrowseUsers(site, caller)) throw forbidden('You do not have the permission to browse users and groups.');
  const user = findUser(site, query.get('accountId'));
  if (!user) throw notFound('Specified user does not exist or you do not have required permissions');
  return user;
}
