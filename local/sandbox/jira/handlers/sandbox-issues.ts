import { badRequest, notFound } from '../http-error';
import { objectBody, optionalArray, optionalString } from '../request-body';
import { ok, type RouteContext, type RouteResult } from '../route';
import { SEED_USERS } from '../seed/seed-ids';
import { findIssue, moveIssue } from '../state/issues';
import { findProject } from '../state/lookups';
import type { ScreenField, StatusRecord, TransitionRecord } from '../state/site-state';

/**
 * The sandbox's own issue controls (not Jira's; no credentials, loopback only): what a Jira admin
 * does in the UI and tests need to stage, such as moving an issue or changing a workflow.
 */

/**
 * `{ projectKey }`: moves the issue as the Jira admin would (Move in the issue view): a new key in
 * the target project, the same id, the old key still resolving. Raises avi:jira:updated:issue.
 */
export function moveIssueControl({ site, params, body }: RouteContext): RouteResult {
  const issue = findIssue(site, params.issueIdOrKey);
  if (!issue) throw notFound(`No issue ${params.issueIdOrKey}.`);
  const projectKey = optionalString(objectBody(body).projectKey, 'projectKey');
  const target = projectKey ? findProject(site, projectKey) : undefined;
  if (!target) throw badRequest(`'projectKey' must name a project; '${projectKey ?? ''}' does not.`);
  const moved = moveIssue(site, issue.id, target.id, SEED_USERS.admin.accountId);
  return ok({ id: moved.id, key: moved.key, previousKeys: [...moved.history] });
}

/**
 * `{ transitions, statuses? }`: replaces a project's workflow, e.g. one without "Any → Resolved".
 * Transitions are `{ id, name, from: statusId[] (empty: any), to, fields?: [{ fieldId, required }] }`.
 */
export function replaceWorkflow({ site, params, body }: RouteContext): RouteResult {
  const project = findProject(site, params.projectIdOrKey);
  if (!project) throw notFound(`No project ${params.projectIdOrKey}.`);
  const request = objectBody(body);
  const statuses = request.statuses === undefined ? project.statuses : optionalArray(request.statuses, 'statuses').map(readStatus);
  if (statuses.length === 0) throw badRequest('A workflow needs at least one status.');
  const known = new Set(statuses.map((status) => status.id));
  const transitions = optionalArray(request.transitions, 'transitions').map((raw) => readTransition(raw, known));
  const orphans = site.issues.filter((issue) => issue.projectId === project.id && !known.has(issue.statusId));
  if (orphans.length > 0) throw badRequest(`Issues ${orphans.map((issue) => issue.key).join(', ')} are in statuses the new workflow lacks.`);
  project.statuses = statuses;
  project.transitions = transitions;
  return ok({ statuses, transitions });
}

function readStatus(raw: unknown): StatusRecord {
  const status = objectBody(raw, 'status');
  const category = status.category;
  if (typeof status.id !== 'string' || typeof status.name !== 'string' || (category !== 'new' && category !== 'indeterminate' && category !== 'done')) {
    throw badRequest("Each status needs 'id', 'name' and 'category' (new, indeterminate or done).");
  }
  return { id: status.id, name: status.name, category };
}

function readTransition(raw: unknown, statuses: Set<string>): TransitionRecord {
  const transition = objectBody(raw, 'transition');
  const from = optionalArray(transition.from, 'from').map(String);
  if (typeof transition.id !== 'string' || typeof transition.name !== 'string' || typeof transition.to !== 'string') {
    throw badRequest("Each transition needs 'id', 'name' and 'to'.");
  }
  const unknown = [transition.to, ...from].find((statusId) => !statuses.has(statusId));
  if (unknown) throw badRequest(`Transition ${transition.id} names status '${unknown}', which the workflow lacks.`);
  const fields: ScreenField[] = optionalArray(transition.fields, 'fields').map((item) => {
    const field = objectBody(item, 'fields item');
    if (typeof field.fieldId !== 'string') throw badRequest("Each screen field needs a 'fieldId'.");
    return { fieldId: field.fieldId, required: field.required === true };
  });
  return { id: transition.id, name: transition.name, from, to: transition.to, ...(fields.length > 0 ? { fields } : {}) };
}

/**
 * `{ created?, updated? }` (ISO 8601): backdates an issue, for date searches (`created >= -7d`)
 * and polling checkpoints. No event: nothing about the issue changed in Jira's eyes.
 */
export function setIssueDates({ site, params, body }: RouteContext): RouteResult {
  const issue = findIssue(site, params.issueIdOrKey);
  if (!issue) throw notFound(`No issue ${params.issueIdOrKey}.`);
  const request = objectBody(body);
  for (const name of ['created', 'updated'] as const) {
    const value = optionalString(request[name], name);
    if (value === undefined) continue;
    if (Number.isNaN(Date.parse(value))) throw badRequest(`'${name}' must be an ISO 8601 date-time.`);
    issue[name] = new Date(value).toISOString();
  }
  return ok({ id: issue.id, key: issue.key, created: issue.created, updated: issue.updated });
}
