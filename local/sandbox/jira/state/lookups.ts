import type { GroupRecord, ProjectRecord, ServiceDeskRecord, SiteState, UserRecord } from './site-state';
import { userById } from './user-index';

/**
 * Finding things in the site the way Jira matches them: project keys and group names
 * case-insensitively, ids exactly. Kept apart from the handlers so later endpoints (issues,
 * requests) look things up the same way.
 */

export function findUser(site: SiteState, accountId: string | null | undefined): UserRecord | undefined {
  return accountId ? userById(site.users, accountId) : undefined;
}

export function findProject(site: SiteState, idOrKey: string): ProjectRecord | undefined {
  return /^\d+$/.test(idOrKey)
    ? site.projects.find((project) => project.id === idOrKey)
    : site.projects.find((project) => project.key.toUpperCase() === idOrKey.toUpperCase());
}

export function findGroupByName(site: SiteState, name: string): GroupRecord | undefined {
  return site.groups.find((group) => group.name.toLowerCase() === name.toLowerCase());
}

export function findGroupById(site: SiteState, groupId: string): GroupRecord | undefined {
  return site.groups.find((group) => group.groupId === groupId);
}

export function findServiceDesk(site: SiteState, id: string): ServiceDeskRecord | undefined {
  return site.serviceDesks.find((desk) => desk.id === id);
}

export function projectOfDesk(site: SiteState, desk: ServiceDeskRecord): ProjectRecord {
  const project = site.projects.find((candidate) => candidate.id === desk.projectId);
  if (!project) throw new Error(`Service desk ${desk.id} points at missing project ${desk.projectId}`);
  return project;
}
