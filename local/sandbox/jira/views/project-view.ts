import type { IssueTypeRecord, ProjectRecord, SiteState } from '../state/site-state';
import { userReferenceView } from './user-view';

/**
 * Jira's `Project` shape. GET /project/{key} includes description, lead and issue types by
 * default; project search includes them only when expanded, as Jira does.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-projectidorkey-get
 */

const EXPANDABLE = 'description,lead,issueTypes,url,projectKeys,permissions,insight';

/**
 * `full` adds what only the single-project endpoint returns (components, versions, roles);
 * `expand` is the caller's expand list plus the endpoint's defaults.
 */
export function projectView(site: SiteState, project: ProjectRecord, expand: Set<string>, full = false): Record<string, unknown> {
  const self = `${site.baseUrl}/rest/api/3/project/${project.id}`;
  const lead = site.users.find((user) => user.accountId === project.leadAccountId);
  return {
    expand: EXPANDABLE,
    self,
    id: project.id,
    key: project.key,
    ...(expand.has('description') ? { description: project.description } : {}),
    ...(expand.has('lead') && lead ? { lead: userReferenceView(site, lead) } : {}),
    ...(expand.has('issueTypes') ? { issueTypes: issueTypesOf(site, project).map((type) => issueTypeView(site, type)) } : {}),
    ...(full ? { components: [], assigneeType: 'UNASSIGNED', versions: [], roles: rolesOf(site, project, self) } : {}),
    name: project.name,
    avatarUrls: projectAvatarUrls(site, project),
    projectTypeKey: project.projectTypeKey,
    simplified: false,
    style: 'classic',
    isPrivate: false,
    properties: {},
    uuid: project.uuid,
  };
}

/** What GET /project/{key} shows without being asked. */
export const PROJECT_DEFAULT_EXPAND = ['description', 'lead', 'issueTypes'];

export function parseExpand(raw: string | null, defaults: string[] = []): Set<string> {
  return new Set([...defaults, ...(raw ?? '').split(',').map((item) => item.trim()).filter(Boolean)]);
}

export function issueTypesOf(site: SiteState, project: ProjectRecord): IssueTypeRecord[] {
  return project.issueTypeIds.map((id) => site.issueTypes.find((type) => type.id === id)).filter((type): type is IssueTypeRecord => !!type);
}

export function issueTypeView(site: SiteState, type: IssueTypeRecord): Record<string, unknown> {
  return {
    self: `${site.baseUrl}/rest/api/3/issuetype/${type.id}`,
    id: type.id,
    description: type.description,
    iconUrl: `${site.baseUrl}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${type.id}?size=medium`,
    name: type.name,
    subtask: type.subtask,
    avatarId: Number(type.id),
    hierarchyLevel: type.hierarchyLevel,
  };
}

function rolesOf(site: SiteState, project: ProjectRecord, self: string): Record<string, string> {
  return Object.fromEntries(
    site.roles.filter((role) => String(role.id) in project.roleActors).map((role) => [role.name, `${self}/role/${role.id}`]),
  );
}

function projectAvatarUrls(site: SiteState, project: ProjectRecord): Record<string, string> {
  const avatar = (size: string) => `${site.baseUrl}/rest/api/3/universal_avatar/view/type/project/avatar/${project.id}?size=${size}`;
  return { '48x48': avatar('large'), '24x24': avatar('small'), '16x16': avatar('xsmall'), '32x32': avatar('medium') };
}
