import { notFound } from '../http-error';
import { canViewProject, hasGlobalPermission, hasProjectPermission } from '../permissions/evaluate';
import { ok, type RouteContext, type RouteResult } from '../route';
import { findProject } from '../state/lookups';
import type { ProjectRecord, SiteState, UserRecord } from '../state/site-state';
import { pageBean, readWindow } from '../views/paging';
import { parseExpand, PROJECT_DEFAULT_EXPAND, projectView } from '../views/project-view';

/** Projects, as the caller may see them. */

/**
 * One project by id or key. A project the caller may not browse is "not found", exactly as for a
 * project that does not exist: Jira does not reveal that it exists.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-projectidorkey-get
 */
export function getProject({ site, caller, params, query }: RouteContext): RouteResult {
  const idOrKey = params.projectIdOrKey;
  const project = findProject(site, idOrKey);
  if (!project || !canViewProject(site, caller, project)) {
    throw notFound(`No project could be found with ${/^\d+$/.test(idOrKey) ? 'id' : 'key'} '${idOrKey}'.`);
  }
  return ok(projectView(site, project, parseExpand(query.get('expand'), PROJECT_DEFAULT_EXPAND), true));
}

/** Project search's `action`: which permission a project must grant to be listed. */
const ACTION_PERMISSION: Record<string, string> = { browse: 'BROWSE_PROJECTS', edit: 'ADMINISTER_PROJECTS', create: 'CREATE_ISSUES' };

/**
 * The projects the caller can see, filtered and paged.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-search-get
 */
export function searchProjects({ site, caller, query }: RouteContext): RouteResult {
  const window = readWindow(query, ['startAt', 'maxResults'], 50, 100);
  const keys = query.getAll('keys').flatMap((value) => value.split(',')).map((key) => key.trim().toUpperCase()).filter(Boolean);
  const ids = query.getAll('id').flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean);
  const types = (query.get('typeKey') ?? '').split(',').map((type) => type.trim()).filter(Boolean);
  const text = (query.get('query') ?? '').toLowerCase();
  const action = query.get('action') ?? 'view';
  const projects = site.projects
    .filter((project) => allowed(site, caller, project, action))
    .filter((project) => keys.length === 0 || keys.includes(project.key))
    .filter((project) => ids.length === 0 || ids.includes(project.id))
    .filter((project) => types.length === 0 || types.includes(project.projectTypeKey))
    .filter((project) => !text || project.key.toLowerCase().includes(text) || project.name.toLowerCase().includes(text))
    .sort(order(query.get('orderBy') ?? 'key'));
  const expand = parseExpand(query.get('expand'));
  const values = projects.map((project) => projectView(site, project, expand));
  return ok(pageBean(values, window, (startAt, maxResults) => `${site.baseUrl}/rest/api/3/project/search?startAt=${startAt}&maxResults=${maxResults}`));
}

function allowed(site: SiteState, caller: UserRecord, project: ProjectRecord, action: string): boolean {
  const permission = ACTION_PERMISSION[action];
  if (!permission) return canViewProject(site, caller, project);
  return hasProjectPermission(site, caller, project, permission) || (action === 'edit' && hasGlobalPermission(site, caller, 'ADMINISTER'));
}

/** Ordering by key or name, ascending unless prefixed with '-'; other orderings fall back to key. */
function order(orderBy: string): (a: ProjectRecord, b: ProjectRecord) => number {
  const descending = orderBy.startsWith('-');
  const field = orderBy.replace(/^[+-]/, '') === 'name' ? 'name' : 'key';
  return (a, b) => (descending ? -1 : 1) * a[field].localeCompare(b[field]);
}
