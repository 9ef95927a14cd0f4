import { groupsOf } from '../permissions/evaluate';
import type { GroupRecord, SiteState, UserRecord } from '../state/site-state';

/**
 * Jira's JSON shapes for accounts and groups (User, UserDetails, GroupName), with the privacy rule
 * Deskbridge must live with: an email address is shown to its owner, and to others (the app
 * included) only where the profile's visibility allows it, which on real sites is rare. So identity
 * matching is exercised mostly without emails (DESIGN.md §5).
 * https://developer.atlassian.com/cloud/jira/platform/profile-visibility/
 */

const AVATAR_SIZES = ['48x48', '24x24', '16x16', '32x32'] as const;

export function avatarUrls(accountId: string): Record<string, string> {
  const base = `https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/${encodeURIComponent(accountId)}`;
  return Object.fromEntries(AVATAR_SIZES.map((size) => [size, `${base}/${size}.png`]));
}

export const userSelf = (site: SiteState, accountId: string) => `${site.baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`;
export const groupSelf = (site: SiteState, groupId: string) => `${site.baseUrl}/rest/api/3/group?groupId=${encodeURIComponent(groupId)}`;

export interface UserViewOptions {
  /** The `expand` query parameter: `groups` and `applicationRoles` fill in those lists. */
  expand?: string | null;
  /** True when the caller is the owner, or the profile shows the email to anyone (see `emailVisibleTo`). */
  showEmail?: boolean;
}

/** Whether `caller` may see `user`'s email address. */
export function emailVisibleTo(caller: UserRecord, user: UserRecord): boolean {
  return caller.accountId === user.accountId || !!user.emailVisible;
}

/**
 * Jira's `User` as the directory (GET /users/search) lists it: no group or role counts, which
 * would cost a scan of every group per user on pages of 1,000.
 */
export function directoryUserView(site: SiteState, user: UserRecord, caller: UserRecord): Record<string, unknown> {
  return {
    self: userSelf(site, user.accountId),
    accountId: user.accountId,
    accountType: user.accountType,
    ...(user.emailAddress && emailVisibleTo(caller, user) ? { emailAddress: user.emailAddress } : {}),
    avatarUrls: avatarUrls(user.accountId),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    locale: user.locale,
  };
}

/** Jira's `User`, as GET /myself, GET /user and GET /users/search return it. */
export function userView(site: SiteState, user: UserRecord, options: UserViewOptions = {}): Record<string, unknown> {
  const expand = new Set((options.expand ?? '').split(',').map((item) => item.trim()));
  const groups = groupsOf(site, user.accountId).sort(byName);
  const roles = isLicensed(site, user) ? [{ key: 'jira-software', name: 'Jira' }] : [];
  return {
    self: userSelf(site, user.accountId),
    accountId: user.accountId,
    accountType: user.accountType,
    ...(options.showEmail && user.emailAddress ? { emailAddress: user.emailAddress } : {}),
    avatarUrls: avatarUrls(user.accountId),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    locale: user.locale,
    groups: { size: groups.length, items: expand.has('groups') ? groups.map((group) => groupNameView(site, group)) : [] },
    applicationRoles: { size: roles.length, items: expand.has('applicationRoles') ? roles : [] },
    expand: 'groups,applicationRoles',
  };
}

/** Jira's `UserDetails`: the shorter shape of group member lists. */
export function userDetailsView(site: SiteState, user: UserRecord): Record<string, unknown> {
  return {
    self: userSelf(site, user.accountId),
    accountId: user.accountId,
    accountType: user.accountType,
    avatarUrls: avatarUrls(user.accountId),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
  };
}

/** The lead of a project as Jira embeds it: a partial `User`. */
export function userReferenceView(site: SiteState, user: UserRecord): Record<string, unknown> {
  return {
    self: userSelf(site, user.accountId),
    accountId: user.accountId,
    avatarUrls: avatarUrls(user.accountId),
    displayName: user.displayName,
    active: user.active,
  };
}

export function groupNameView(site: SiteState, group: GroupRecord): Record<string, unknown> {
  return { name: group.name, groupId: group.groupId, self: groupSelf(site, group.groupId) };
}

/**
 * Jira's `Group`, as creating a group or adding a member answers it: the member list is not
 * expanded, so `users` carries the member count and no items, as Jira sends it without `expand=users`.
 */
export function groupView(site: SiteState, group: GroupRecord): Record<string, unknown> {
  return {
    ...groupNameView(site, group),
    users: { size: group.memberIds.length, items: [], 'max-results': 50, 'start-index': 0, 'end-index': 0 },
    expand: 'users',
  };
}

export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Licensed users are those in jira-users (or jira-admins); apps and customers hold no licence. */
function isLicensed(site: SiteState, user: UserRecord): boolean {
  return user.accountType === 'atlassian' && groupsOf(site, user.accountId).some((group) => ['jira-users', 'jira-admins'].includes(group.name));
}
