import { badRequest, forbidden, notFound } from '../http-error';
import { findPermission, type PermissionDefinition } from '../permissions/catalogue';
import { canViewProject, hasGlobalPermission, hasProjectPermission } from '../permissions/evaluate';
import { objectBody, optionalArray, optionalString } from '../request-body';
import { ok, type RouteContext, type RouteResult } from '../route';
import { findProject, findUser } from '../state/lookups';
import type { ProjectRecord, SiteState, UserRecord } from '../state/site-state';

/** Permission checks: how Deskbridge decides who is a Jira admin or a project admin. */

/**
 * Global and project permissions of any account. Checking someone else needs Administer Jira,
 * except for apps, which Jira lets check anyone.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/#api-rest-api-3-permissions-check-post
 */
export function getBulkPermissions({ site, caller, body }: RouteContext): RouteResult {
  const request = objectBody(body);
  const accountId = optionalString(request.accountId, 'accountId');
  const target = accountId ? findUser(site, accountId) : caller;
  if (accountId && accountId !== caller.accountId) {
    const mayCheckOthers = caller.accountType === 'app' || hasGlobalPermission(site, caller, 'ADMINISTER');
    if (!mayCheckOthers) throw forbidden('You must have the Administer Jira global permission to check the permissions of other users.');
  }
  if (!target) throw badRequest(`The user with account ID '${accountId}' does not exist.`);

  // Jira ignores nulls and empty strings in these lists.
  const globalKeys = optionalArray(request.globalPermissions, 'globalPermissions').filter((key): key is string => typeof key === 'string' && !!key);
  globalKeys.forEach((key) => known(key, 'GLOBAL'));
  const grants = new Map<string, Set<number>>();
  for (const item of optionalArray(request.projectPermissions, 'projectPermissions')) {
    const entry = objectBody(item, 'projectPermissions item');
    const keys = optionalArray(entry.permissions, 'permissions').filter((key): key is string => typeof key === 'string' && !!key);
    if (keys.length === 0) throw badRequest('At least one project permission must be provided for each projectPermissions item.');
    // Jira ignores project ids that do not exist.
    const projects = optionalArray(entry.projects, 'projects').map((id) => site.projects.find((project) => project.id === String(id))).filter((p): p is ProjectRecord => !!p);
    for (const key of keys) {
      known(key, 'PROJECT');
      const granted = grants.get(key) ?? new Set<number>();
      projects.filter((project) => hasProjectPermission(site, target, project, key)).forEach((project) => granted.add(Number(project.id)));
      grants.set(key, granted);
    }
  }
  return ok({
    globalPermissions: globalKeys.filter((key) => hasGlobalPermission(site, target, key)),
    // Issues are checked per project for now: the sandbox has no issue-level security.
    projectPermissions: [...grants].filter(([, projects]) => projects.size > 0).map(([permission, projects]) => ({ permission, projects: [...projects], issues: [] })),
  });
}

/**
 * The caller's permissions, globally or in one project's context.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/#api-rest-api-3-mypermissions-get
 */
export function getMyPermissions({ site, caller, query }: RouteContext): RouteResult {
  const keys = (query.get('permissions') ?? '').split(',').map((key) => key.trim()).filter(Boolean);
  if (keys.length === 0) throw badRequest("The 'permissions' query parameter is required and must list at least one permission key.");
  const definitions = keys.map((key) => known(key));
  const project = contextProject(site, caller, query);
  const entries = definitions.map((definition) => [definition.key, { ...definition, havePermission: have(site, caller, definition, project) }]);
  return ok({ permissions: Object.fromEntries(entries) });
}

function known(key: string, type?: PermissionDefinition['type']): PermissionDefinition {
  const definition = findPermission(key);
  if (!definition || (type && definition.type !== type)) {
    throw badRequest(`Unrecognized ${type ? `${type.toLowerCase()} ` : ''}permission: '${key}'.`);
  }
  return definition;
}

/** The project named by projectKey/projectId; 404 when it is missing or hidden from the caller. */
function contextProject(site: SiteState, caller: UserRecord, query: URLSearchParams): ProjectRecord | undefined {
  if (query.get('issueKey') || query.get('issueId')) throw notFound('Issue does not exist or you do not have permission to see it.');
  const idOrKey = query.get('projectKey') ?? query.get('projectId');
  if (!idOrKey) return undefined;
  const project = findProject(site, idOrKey);
  if (!project || !canViewProject(site, caller, project)) throw notFound(`No project could be found with key or id '${idOrKey}'.`);
  return project;
}

/** Without a project, Jira reports a project permission held in any project. */
function have(site: SiteState, caller: UserRecord, definition: PermissionDefinition, project?: ProjectRecord): boolean {
  if (definition.type === 'GLOBAL') return hasGlobalPermission(site, caller, definition.key);
  const projects = project ? [project] : site.projects;
  return projects.some((candidate) => hasProjectPermission(site, caller, candidate, definition.key));
}
