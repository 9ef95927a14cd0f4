import { randomUUID } from 'node:crypto';
import { badRequest, forbidden, notFound } from '../http-error';
import { canAdministerSite, canBrowseUsers } from '../permissions/evaluate';
import { objectBody } from '../request-body';
import { created, ok, type RouteContext, type RouteResult } from '../route';
import { findGroupById, findGroupByName } from '../state/lookups';
import type { GroupRecord } from '../state/site-state';
import { pageBean, readWindow } from '../views/paging';
import { byName, groupSelf, userDetailsView } from '../views/user-view';

/** Groups: where `deskbridge-jira-<tool>` access is granted. */

/**
 * Groups by name or id (either filter may repeat); no filter lists every group.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-groups/#api-rest-api-3-group-bulk-get
 */
export function bulkGetGroups({ site, caller, query }: RouteContext): RouteResult {
  if (!canBrowseUsers(site, caller)) throw forbidden('You do not have the permission to browse users and groups.');
  const window = readWindow(query, ['startAt', 'maxResults'], 50, 50);
  const names = query.getAll('groupName').map((name) => name.toLowerCase());
  const ids = query.getAll('groupId');
  const filtered = names.length + ids.length > 0;
  const groups = site.groups
    .filter((group) => !filtered || names.includes(group.name.toLowerCase()) || ids.includes(group.groupId))
    .sort(byName)
    .map((group) => ({ name: group.name, groupId: group.groupId }));
  return ok(pageBean(groups, window, (startAt, maxResults) => `${site.baseUrl}/rest/api/3/group/bulk?startAt=${startAt}&maxResults=${maxResults}`));
}

/**
 * Members of a group, by name or id, ordered by name; inactive members only when asked for.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-groups/#api-rest-api-3-group-member-get
 */
export function getUsersFromGroup({ site, caller, query }: RouteContext): RouteResult {
  const groupId = query.get('groupId');
  const groupName = query.get('groupname');
  if (!groupId && !groupName) throw badRequest('You must specify a group name or a group id.');
  if (!canBrowseUsers(site, caller)) throw forbidden('You do not have the permission to browse users and groups.');
  const group = groupId ? findGroupById(site, groupId) : findGroupByName(site, groupName ?? '');
  if (!group) throw notFound(`Group '${groupId ?? groupName}' does not exist.`);
  const includeInactive = query.get('includeInactiveUsers') === 'true';
  const window = readWindow(query, ['startAt', 'maxResults'], 50, 50);
  const members = site.users
    .filter((user) => group.memberIds.includes(user.accountId) && (includeInactive || user.active))
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .map((user) => userDetailsView(site, user));
  const link = (startAt: number, maxResults: number) =>
    `${site.baseUrl}/rest/api/3/group/member?groupId=${group.groupId}&includeInactiveUsers=${includeInactive}&startAt=${startAt}&maxResults=${maxResults}`;
  return ok(pageBean(members, window, link));
}

/**
 * Creates an empty group. Jira asks for site administration; apps with Deskbridge's scopes may too.
 * Group names are unique regardless of case.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-groups/#api-rest-api-3-group-post
 */
export function createGroup({ site, caller, body }: RouteContext): RouteResult {
  if (!canAdministerSite(site, caller)) throw forbidden('You must be a site administrator to create groups.');
  const name = objectBody(body).name;
  if (typeof name !== 'string' || name.trim() === '') throw badRequest('You must specify a group name.');
  if (findGroupByName(site, name)) throw badRequest(`A group with the name '${name}' already exists.`);
  const group: GroupRecord = { groupId: randomUUID(), name, memberIds: [] };
  site.groups.push(group);
  return created({
    name: group.name,
    groupId: group.groupId,
    self: groupSelf(site, group.groupId),
    users: { size: 0, items: [], 'max-results': 50, 'start-index': 0, 'end-index': 0 },
    expand: 'users',
  });
}
