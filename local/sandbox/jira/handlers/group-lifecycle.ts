import { randomUUID } from 'node:crypto';
import { badRequest, forbidden } from '../http-error';
import { canAdministerSite, losesAdministerWithout } from '../permissions/evaluate';
import { objectBody } from '../request-body';
import { created, type RouteContext, type RouteResult } from '../route';
import { findGroupByName } from '../state/lookups';
import type { GroupRecord, SiteState } from '../state/site-state';
import { groupView } from '../views/user-view';
import { readGroupRef, requireGroupRef, resolveGroup } from './groups';

/** Groups coming and going: how a `deskbridge-jira-<tool>` group is set up and torn down. */

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
  return created(groupView(site, group));
}

/**
 * Deletes a group, by name or id. Its members lose at once whatever it granted: like Jira, the
 * sandbox takes the group out of global permissions, project roles and permission schemes.
 * `swapGroup`/`swapGroupId` only move comment and worklog restrictions, which the sandbox does not
 * hold yet, so the swap group is checked (it must exist and differ) and otherwise has no effect.
 * An admin may not delete the group their own Administer Jira comes from (400), as in Jira.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-groups/#api-rest-api-3-group-delete
 */
export function removeGroup({ site, caller, query }: RouteContext): RouteResult {
  const ref = requireGroupRef(query, true);
  const swapRef = readGroupRef(query, 'swapGroup', 'swapGroupId', true);
  if (!canAdministerSite(site, caller)) throw forbidden('You must be a site administrator to delete groups.');
  const group = resolveGroup(site, ref);
  if (swapRef && resolveGroup(site, swapRef).groupId === group.groupId) {
    throw badRequest(`A group cannot pass its restrictions to itself: choose another swap group than '${group.name}'.`);
  }
  if (losesAdministerWithout(site, caller, group.groupId)) {
    throw badRequest(`You cannot delete '${group.name}': it grants you the Administer Jira permission.`);
  }
  forgetGroup(site, group.groupId);
  return { status: 200 };
}

/** Removes a group and every grant that names it, so no permission survives through a dangling id. */
function forgetGroup(site: SiteState, groupId: string): void {
  site.groups = site.groups.filter((group) => group.groupId !== groupId);
  for (const [key, holders] of Object.entries(site.globalPermissions)) {
    site.globalPermissions[key] = holders.filter((holder) => holder !== groupId);
  }
  for (const project of site.projects) {
    for (const actors of Object.values(project.roleActors)) actors.groups = actors.groups.filter((holder) => holder !== groupId);
    for (const [key, holders] of Object.entries(project.permissions)) {
      project.permissions[key] = holders.filter((holder) => !('group' in holder) || holder.group !== groupId);
    }
  }
}
