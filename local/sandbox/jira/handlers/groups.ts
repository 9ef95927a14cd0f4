import { badRequest, forbidden, notFound } from '../http-error';
import { canBrowseUsers } from '../permissions/evaluate';
import { ok, type RouteContext, type RouteResult } from '../route';
import { findGroupById, findGroupByName } from '../state/lookups';
import type { GroupRecord, SiteState } from '../state/site-state';
import { pageBean, readWindow } from '../views/paging';
import { byName, userDetailsView } from '../views/user-view';

/** Groups, read: where `deskbridge-jira-<tool>` access is granted. Changes live in group-lifecycle and group-membership. */

/** A group as a request names it: by name (matched regardless of case) or by id. */
export interface GroupRef {
  name?: string;
  id?: string;
}

/**
 * Reads a group reference from two query parameters (`groupname`/`groupId`, `swapGroup`/`swapGroupId`).
 * Jira's docs say the two "cannot be used" together: the read operation lets the id win, the
 * operations that change groups refuse both (`strict`), since guessing which group to change is
 * worse than a 400.
 */
export function readGroupRef(query: URLSearchParams, nameParam: string, idParam: string, strict: boolean): GroupRef | undefined {
  const name = query.get(nameParam) || undefined;
  const id = query.get(idParam) || undefined;
  if (strict && name && id) throw badRequest(`Specify the group by '${nameParam}' or by '${idParam}', not both.`);
  return name || id ? { name, id } : undefined;
}

/** The reference every group operation needs; 400 when the request names no group. */
export function requireGroupRef(query: URLSearchParams, strict: boolean): GroupRef {
  const ref = readGroupRef(query, 'groupname', 'groupId', strict);
  if (!ref) throw badRequest('You must specify a group name or a group id.');
  return ref;
}

/** The group a reference names; 404 when there is none. */
export function resolveGroup(site: SiteState, ref: GroupRef): GroupRecord {
  const group = ref.id ? findGroupById(site, ref.id) : findGroupByName(site, ref.name ?? '');
  if (!group) throw notFound(`Group '${ref.id ?? ref.name}' does not exist.`);
  return group;
}

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
  const ref = requireGroupRef(query, false);
  if (!canBrowseUsers(site, caller)) throw forbidden('You do not have the permission to browse users and groups.');
  const group = resolveGroup(site, ref);
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
