import type { GroupRecord, Holder, ProjectRecord, SiteState, UserRecord } from '../state/site-state';

/**
 * Permission decisions, computed from the site's groups, roles and schemes every time (never
 * cached), so a test that changes state sees the effect on the next request.
 *
 * The app account is special, as in Jira: an app is not in groups or roles; what it may do comes
 * from its scopes. Deskbridge's scopes let it read users, groups and permissions and work in every
 * project, but not administer Jira or projects.
 */

export function groupsOf(site: SiteState, accountId: string): GroupRecord[] {
  return site.groups.filter((group) => group.memberIds.includes(accountId));
}

export function hasGlobalPermission(site: SiteState, account: UserRecord, key: string): boolean {
  if (!account.active) return false;
  if (account.accountType === 'app') return APP_GLOBAL_PERMISSIONS.includes(key);
  const holders = site.globalPermissions[key] ?? [];
  return groupsOf(site, account.accountId).some((group) => holders.includes(group.groupId));
}

export function globalPermissionsOf(site: SiteState, account: UserRecord, keys: string[]): string[] {
  return keys.filter((key) => hasGlobalPermission(site, account, key));
}

export function hasProjectPermission(site: SiteState, account: UserRecord, project: ProjectRecord, key: string): boolean {
  if (!account.active) return false;
  if (account.accountType === 'app') return key !== 'ADMINISTER_PROJECTS' && key in project.permissions;
  // Jira admins administer every project, whatever its scheme says.
  if (key === 'ADMINISTER_PROJECTS' && hasGlobalPermission(site, account, 'ADMINISTER')) return true;
  return (project.permissions[key] ?? []).some((holder) => holds(site, account, project, holder));
}

/** What Jira requires to see a project at all (GET /project, project search, service desks). */
export function canViewProject(site: SiteState, account: UserRecord, project: ProjectRecord): boolean {
  return (
    hasProjectPermission(site, account, project, 'BROWSE_PROJECTS') ||
    hasProjectPermission(site, account, project, 'ADMINISTER_PROJECTS') ||
    hasGlobalPermission(site, account, 'ADMINISTER')
  );
}

/** "Browse users and groups", which Jira asks for before it lists users or groups. */
export function canBrowseUsers(site: SiteState, account: UserRecord): boolean {
  return hasGlobalPermission(site, account, 'USER_PICKER') || hasGlobalPermission(site, account, 'ADMINISTER');
}

/**
 * Site administration: creating and deleting groups and changing their members. Jira admins may;
 * so may apps with Deskbridge's scopes (`manage:jira-configuration`), which is how Deskbridge
 * creates and fills `deskbridge-jira-<tool>` groups.
 */
export function canAdministerSite(site: SiteState, account: UserRecord): boolean {
  return account.accountType === 'app' ? account.active : hasGlobalPermission(site, account, 'ADMINISTER');
}

/**
 * True when taking `groupId` away from `account` (leaving it or deleting it) would cost the account
 * Administer Jira: Jira refuses to let an admin lock themselves out that way.
 */
export function losesAdministerWithout(site: SiteState, account: UserRecord, groupId: string): boolean {
  if (!hasGlobalPermission(site, account, 'ADMINISTER')) return false;
  const holders = site.globalPermissions.ADMINISTER ?? [];
  return !groupsOf(site, account.accountId).some((group) => group.groupId !== groupId && holders.includes(group.groupId));
}

const APP_GLOBAL_PERMISSIONS = ['USER_PICKER'];

function holds(site: SiteState, account: UserRecord, project: ProjectRecord, holder: Holder): boolean {
  const memberOf = new Set(groupsOf(site, account.accountId).map((group) => group.groupId));
  if ('group' in holder) return memberOf.has(holder.group);
  const actors = project.roleActors[String(holder.role)];
  if (!actors) return false;
  return actors.users.includes(account.accountId) || actors.groups.some((groupId) => memberOf.has(groupId));
}
