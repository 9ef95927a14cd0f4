import { badRequest, forbidden, notFound } from '../http-error';
import { canAdministerSite, losesAdministerWithout } from '../permissions/evaluate';
import { objectBody, optionalString } from '../request-body';
import { created, type RouteContext, type RouteResult } from '../route';
import { findUser } from '../state/lookups';
import type { SiteState, UserRecord } from '../state/site-state';
import { groupView } from '../views/user-view';
import { requireGroupRef, resolveGroup } from './groups';

/**
 * Group members, changed: how someone gets (or loses) access through `deskbridge-jira-<tool>`,
 * and how a Jira admin stops being one. Permissions are computed from membership on every request,
 * so a change here shows in /user/groups, /permissions/check and project search on the next call.
 *
 * Checks run in the order Jira documents its statuses: the request (400), the caller (403), the
 * group and the account (404), then the membership itself (400).
 */

const USER_NOT_FOUND = 'Specified user does not exist or you do not have required permissions';
const NAME_GONE = "'name' and 'username' are no longer available (user privacy); identify the user by 'accountId'.";

/**
 * Adds an account to a group and answers the group. An account that is already a member is a 400,
 * the way Jira refuses it, rather than a silent success: the spec documents no 409 and no 200.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-groups/#api-rest-api-3-group-user-post
 */
export function addUserToGroup({ site, caller, query, body }: RouteContext): RouteResult {
  const ref = requireGroupRef(query, true);
  const request = objectBody(body);
  const accountId = optionalString(request.accountId, 'accountId');
  if (!accountId) throw badRequest(request.name !== undefined ? NAME_GONE : 'You must specify the accountId of the user to add.');
  if (!canAdministerSite(site, caller)) throw forbidden('You must be a site administrator to add users to groups.');
  const group = resolveGroup(site, ref);
  const user = member(site, accountId);
  if (group.memberIds.includes(user.accountId)) throw badRequest(`Cannot add user. '${user.accountId}' is already a member of '${group.name}'.`);
  group.memberIds.push(user.accountId);
  return created(groupView(site, group));
}

/**
 * Removes an account from a group; 200 with no body. An account that is not a member is a 400,
 * and an admin may not remove themselves from the group their Administer Jira comes from (400),
 * which would lock them out of the site.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-groups/#api-rest-api-3-group-user-delete
 */
export function removeUserFromGroup({ site, caller, query }: RouteContext): RouteResult {
  const ref = requireGroupRef(query, true);
  const accountId = query.get('accountId');
  if (!accountId) throw badRequest(query.get('username') ? NAME_GONE : 'You must specify the accountId of the user to remove.');
  if (!canAdministerSite(site, caller)) throw forbidden('You must be a site administrator to remove users from groups.');
  const group = resolveGroup(site, ref);
  const user = member(site, accountId);
  if (!group.memberIds.includes(user.accountId)) throw badRequest(`Cannot remove user. '${user.accountId}' is not a member of '${group.name}'.`);
  if (user.accountId === caller.accountId && losesAdministerWithout(site, caller, group.groupId)) {
    throw badRequest(`You cannot remove yourself from '${group.name}': you would lose the Administer Jira permission.`);
  }
  group.memberIds = group.memberIds.filter((id) => id !== user.accountId);
  return { status: 200 };
}

/** Any account Jira knows, active or closed, person, app or customer: the docs restrict none. */
function member(site: SiteState, accountId: string): UserRecord {
  const user = findUser(site, accountId);
  if (!user) throw notFound(USER_NOT_FOUND);
  return user;
}
