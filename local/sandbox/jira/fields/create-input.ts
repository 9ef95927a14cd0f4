import { badRequest } from '../http-error';
import { findProject } from '../state/lookups';
import type { IssueInput } from '../state/issues';
import type { ProjectRecord, SiteState } from '../state/site-state';
import { readChanges, readProperties, type FieldErrors } from './issue-input';

/**
 * Reads a create-issue body (`{ fields, update, properties }`) into an IssueInput: the project
 * and issue type first (they decide the screen), then every other field against that create
 * screen, then the screen's required fields. 400 with Jira's per-field messages otherwise.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-post
 */

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

export interface CreateRequest {
  project: ProjectRecord;
  input: IssueInput;
}

export function readCreateRequest(site: SiteState, body: unknown): CreateRequest {
  if (!isObject(body)) throw badRequest('The request body must be a JSON object.');
  const fields = isObject(body.fields) ? body.fields : {};
  const project = pickProject(site, fields.project);
  const errors: FieldErrors = {};
  if (!project) errors.project = 'Specify a valid project ID or key';
  const issueTypeId = project ? pickIssueType(site, project, fields.issuetype) : undefined;
  if (project && !issueTypeId) errors.issuetype = 'Specify a valid issue type';
  if (!project || !issueTypeId) throw badRequest('', errors);

  const screen = project.screens[issueTypeId]?.create ?? [];
  const changes = readChanges(site, fields, body.update, { screen, skip: ['project', 'issuetype'] });
  const given = new Set([...Object.keys(fields), ...Object.keys(isObject(body.update) ? body.update : {})]);
  for (const field of screen) {
    if (!field.required || given.has(field.fieldId)) continue;
    errors[field.fieldId] = field.fieldId === 'summary' ? 'You must specify a summary of the issue.' : `${site.fields.find((f) => f.id === field.fieldId)?.name ?? field.fieldId} is required.`;
  }
  if (Object.keys(errors).length > 0) throw badRequest('', errors);
  return {
    project,
    input: {
      projectId: project.id,
      issueTypeId,
      summary: changes.summary ?? '',
      description: changes.description ?? null,
      ...(changes.priorityId ? { priorityId: changes.priorityId } : {}),
      labels: changes.labels ?? [],
      ...(changes.assigneeAccountId ? { assigneeAccountId: changes.assigneeAccountId } : {}),
      ...(changes.reporterAccountId ? { reporterAccountId: changes.reporterAccountId } : {}),
      customFields: Object.fromEntries(Object.entries(changes.customFields ?? {}).filter(([, value]) => value !== null)),
      properties: readProperties(body.properties),
    },
  };
}

/** The project a create body names (`fields.project` `{ id }` or `{ key }`). */
export function pickProject(site: SiteState, raw: unknown): ProjectRecord | undefined {
  if (!isObject(raw)) return undefined;
  if (raw.id !== undefined) return site.projects.find((project) => project.id === String(raw.id));
  return typeof raw.key === 'string' ? findProject(site, raw.key) : undefined;
}

function pickIssueType(site: SiteState, project: ProjectRecord, raw: unknown): string | undefined {
  if (!isObject(raw)) return undefined;
  const candidates = project.issueTypeIds.map((id) => site.issueTypes.find((type) => type.id === id)).filter((type) => !!type);
  const found = raw.id !== undefined ? candidates.find((type) => type.id === String(raw.id)) : candidates.find((type) => type.name === raw.name);
  return found?.id;
}
