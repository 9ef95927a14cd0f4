import { badRequest, notFound } from '../http-error';
import { canViewProject, hasProjectPermission } from '../permissions/evaluate';
import { ok, type RouteContext, type RouteResult } from '../route';
import { DEFAULT_PRIORITY_ID } from '../state/issues';
import { findProject } from '../state/lookups';
import { fieldMetadata, screenMetadata } from '../views/field-metadata';
import { priorityView, statusView } from '../views/issue-parts';
import { issueTypesOf } from '../views/project-view';
import { projectOfIssue, visibleIssue } from './issue-access';

/** What issues are made of: priorities, fields, screens (create and edit metadata), statuses. */

/**
 * The site's priorities (the operation is deprecated in favour of priority/search, which needs an
 * admin scope; this one needs only read:jira-work, which is why Deskbridge calls it).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-priorities/#api-rest-api-3-priority-get
 */
export function getPriorities({ site }: RouteContext): RouteResult {
  return ok(
    site.priorities.map((priority) => ({ ...priorityView(site, priority), description: priority.description, statusColor: priority.statusColor, isDefault: priority.id === DEFAULT_PRIORITY_ID })),
  );
}

/**
 * System and custom fields.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-fields/#api-rest-api-3-field-get
 */
export function getFields({ site }: RouteContext): RouteResult {
  return ok(
    site.fields.map((field) => ({
      id: field.id,
      key: field.id,
      name: field.name,
      custom: field.custom,
      orderable: field.orderable,
      navigable: field.navigable,
      searchable: field.searchable,
      clauseNames: [...field.clauseNames],
      schema: { ...field.schema },
    })),
  );
}

/**
 * The create screen of one issue type in one project, project and issue type included.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-createmeta-projectidorkey-issuetypes-issuetypeid-get
 */
export function getCreateIssueMetaIssueTypeId({ site, caller, params, query }: RouteContext): RouteResult {
  const project = findProject(site, params.projectIdOrKey);
  // Jira's spec documents 400 (not 404) for a project or issue type the caller cannot create in.
  if (!project || !canViewProject(site, caller, project) || !hasProjectPermission(site, caller, project, 'CREATE_ISSUES')) {
    throw badRequest(`No project could be found with key or id '${params.projectIdOrKey}', or you cannot create issues in it.`);
  }
  if (!project.issueTypeIds.includes(params.issueTypeId)) throw badRequest(`The issue type with id '${params.issueTypeId}' is not available in project ${project.key}.`);
  const issueTypeIds = issueTypesOf(site, project).map((type) => type.id);
  const screen = [{ fieldId: 'issuetype', required: true }, { fieldId: 'project', required: true }, ...(project.screens[params.issueTypeId]?.create ?? [])];
  const fields = screen
    .map((onScreen) => fieldMetadata(site, onScreen, { withFieldId: true, issueTypeIds }))
    .filter((metadata): metadata is Record<string, unknown> => !!metadata)
    .map((metadata) => (metadata.fieldId === 'project' ? { ...metadata, allowedValues: [{ self: `${site.baseUrl}/rest/api/3/project/${project.id}`, id: project.id, key: project.key, name: project.name }] } : metadata));
  const startAt = Math.max(0, Number(query.get('startAt') ?? 0) || 0);
  const maxResults = Math.min(200, Math.max(0, Number(query.get('maxResults') ?? 50) || 50));
  return ok({ startAt, maxResults, total: fields.length, fields: fields.slice(startAt, startAt + maxResults) });
}

/**
 * The fields the caller may change on an issue now (its edit screen); none without Edit Issues.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-editmeta-get
 */
export function getEditIssueMeta({ site, caller, params }: RouteContext): RouteResult {
  const issue = visibleIssue(site, caller, params.issueIdOrKey);
  const project = projectOfIssue(site, issue);
  if (!hasProjectPermission(site, caller, project, 'EDIT_ISSUES')) return ok({ fields: {} });
  return ok({ fields: screenMetadata(site, project.screens[issue.issueTypeId]?.edit ?? []) });
}

/**
 * The statuses of each issue type of a project (one workflow per project here).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-projectidorkey-statuses-get
 */
export function getAllStatuses({ site, caller, params }: RouteContext): RouteResult {
  const project = findProject(site, params.projectIdOrKey);
  if (!project || !canViewProject(site, caller, project)) throw notFound(`No project could be found with key or id '${params.projectIdOrKey}'.`);
  return ok(
    issueTypesOf(site, project).map((type) => ({
      self: `${site.baseUrl}/rest/api/3/issuetype/${type.id}`,
      id: type.id,
      name: type.name,
      subtask: type.subtask,
      statuses: project.statuses.map((status) => statusView(site, status)),
    })),
  );
}
