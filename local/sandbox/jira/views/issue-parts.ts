import { STATUS_CATEGORIES } from '../seed/seed-workflows';
import { findProject, findUser } from '../state/lookups';
import type { PriorityRecord, ProjectRecord, SiteState, StatusRecord } from '../state/site-state';
import { issueTypeView } from './project-view';
import { avatarUrls, userSelf } from './user-view';

/**
 * The small shapes an issue embeds (status, priority, project, users), shared by the REST views
 * and the product event payloads so the two never describe an issue differently.
 */

/** Jira writes dates as `2026-11-20T10:00:00.000+0000`; the state keeps ISO 8601 in UTC. */
export function jiraDate(iso: string): string {
  return iso.replace(/Z$/, '+0000');
}

export function statusCategoryView(site: SiteState, status: StatusRecord): Record<string, unknown> {
  const category = STATUS_CATEGORIES[status.category];
  return { self: `${site.baseUrl}/rest/api/3/statuscategory/${category.id}`, ...category };
}

export function statusView(site: SiteState, status: StatusRecord): Record<string, unknown> {
  return {
    self: `${site.baseUrl}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${site.baseUrl}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: statusCategoryView(site, status),
  };
}

export function priorityView(site: SiteState, priority: PriorityRecord): Record<string, unknown> {
  return {
    self: `${site.baseUrl}/rest/api/3/priority/${priority.id}`,
    iconUrl: `${site.baseUrl}/images/icons/priorities/${priority.name.toLowerCase()}.svg`,
    name: priority.name,
    id: priority.id,
  };
}

export function projectReferenceView(site: SiteState, project: ProjectRecord): Record<string, unknown> {
  const avatar = (size: string) => `${site.baseUrl}/rest/api/3/universal_avatar/view/type/project/avatar/${project.id}?size=${size}`;
  return {
    self: `${site.baseUrl}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: project.projectTypeKey,
    simplified: false,
    avatarUrls: { '48x48': avatar('large'), '24x24': avatar('small'), '16x16': avatar('xsmall'), '32x32': avatar('medium') },
  };
}

/** A user as issues and comments embed them (Jira's `UserDetails`); null for no one. */
export function userDetailsOf(site: SiteState, accountId: string | undefined): Record<string, unknown> | null {
  if (!accountId) return null;
  const user = findUser(site, accountId);
  return {
    self: userSelf(site, accountId),
    accountId,
    ...(user ? { accountType: user.accountType, displayName: user.displayName, active: user.active, timeZone: user.timeZone } : { active: false }),
    avatarUrls: avatarUrls(accountId),
  };
}

export function issueTypeOf(site: SiteState, issueTypeId: string): Record<string, unknown> {
  const type = site.issueTypes.find((candidate) => candidate.id === issueTypeId);
  return type ? issueTypeView(site, type) : { id: issueTypeId };
}

export function projectOf(site: SiteState, projectId: string): ProjectRecord {
  const project = findProject(site, projectId);
  if (!project) throw new Error(`An issue points at missing project ${projectId}`);
  return project;
}

export function statusOf(project: ProjectRecord, statusId: string): StatusRecord {
  return project.statuses.find((status) => status.id === statusId) ?? { id: statusId, name: statusId, category: 'new' };
}
