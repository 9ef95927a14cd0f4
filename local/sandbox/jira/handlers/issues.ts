import { readCreateRequest, pickProject } from '../fields/create-input';
import { readChanges, readProperties } from '../fields/issue-input';
import { badRequest, forbidden, HttpError } from '../http-error';
import { canViewProject, hasProjectPermission } from '../permissions/evaluate';
import { objectBody, optionalArray } from '../request-body';
import { created, ok, type RouteContext, type RouteResult } from '../route';
import { createIssue as create, deleteIssue as remove, editIssue as edit, setProperty } from '../state/issues';
import type { IssueRecord, SiteState, UserRecord } from '../state/site-state';
import { selectFields, selectProperties } from '../views/field-selection';
import { issueSelf, issueView } from '../views/issue-view';
import { issueFor, projectOfIssue, visibleIssue } from './issue-access';

/** Issues: create (one or many), read, edit, delete. */

const MAX_BULK = 50;

function createOne(site: SiteState, caller: UserRecord, body: unknown): IssueRecord {
  const fields = objectBody(objectBody(body).fields, 'fields');
  const named = pickProject(site, fields.project);
  if (!named || !canViewProject(site, caller, named)) throw badRequest('', { project: 'Specify a valid project ID or key' });
  if (!hasProjectPermission(site, caller, named, 'CREATE_ISSUES')) throw forbidden('You do not have permission to create issues in this project.');
  const { input } = readCreateRequest(site, body);
  return create(site, input, caller.accountId);
}

const createdView = (site: SiteState, issue: IssueRecord) => ({ id: issue.id, key: issue.key, self: issueSelf(site, issue) });

/**
 * One issue, with entity properties set in the same call.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-post
 */
export function createIssue({ site, caller, body }: RouteContext): RouteResult {
  return created(createdView(site, createOne(site, caller, body)));
}

/**
 * Up to 50 issues; each fails or succeeds on its own. 201 when any was created, else 400.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-bulk-post
 */
export function createIssues({ site, caller, body }: RouteContext): RouteResult {
  const updates = optionalArray(objectBody(body).issueUpdates, 'issueUpdates');
  if (updates.length > MAX_BULK) throw badRequest(`You can create at most ${MAX_BULK} issues in one request; this one has ${updates.length}.`);
  const issues: unknown[] = [];
  const errors: unknown[] = [];
  updates.forEach((update, index) => {
    try {
      issues.push(createdView(site, createOne(site, caller, update)));
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      errors.push({ status: error.status, elementErrors: { errorMessages: error.messages, errors: error.fieldErrors }, failedElementNumber: index });
    }
  });
  return { status: issues.length > 0 || updates.length === 0 ? 201 : 400, body: { issues, errors } };
}

/**
 * One issue, with the fields and properties asked for (`fields` defaults to `*all`).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get
 */
export function getIssue({ site, caller, params, query }: RouteContext): RouteResult {
  const issue = visibleIssue(site, caller, params.issueIdOrKey);
  const properties = query.getAll('properties');
  return ok(issueView(site, issue, selectFields(site, query.getAll('fields'), '*all'), properties.length > 0 ? selectProperties(properties) : undefined));
}

/**
 * Edits fields (`fields` sets, `update` applies operations such as labels add/remove) through
 * the edit screen, and sets any `properties`. 204, or 200 with the issue when `returnIssue=true`.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-put
 */
export function editIssue({ site, caller, params, body, query }: RouteContext): RouteResult {
  const issue = issueFor(site, caller, params.issueIdOrKey, 'EDIT_ISSUES', 'You do not have permission to edit issues in this project.', 400);
  const request = objectBody(body);
  const screen = projectOfIssue(site, issue).screens[issue.issueTypeId]?.edit ?? [];
  const changes = readChanges(site, request.fields, request.update, { screen, currentLabels: issue.labels });
  const properties = readProperties(request.properties);
  if (changes.assigneeAccountId !== undefined && !hasProjectPermission(site, caller, projectOfIssue(site, issue), 'ASSIGN_ISSUES')) {
    throw badRequest('', { assignee: 'You do not have permission to assign issues.' });
  }
  edit(site, issue.id, changes, caller.accountId);
  for (const [key, value] of Object.entries(properties)) setProperty(site, issue.id, key, value);
  if (query.get('returnIssue') === 'true') return ok(issueView(site, issue, selectFields(site, [], '*all')));
  return { status: 204 };
}

/**
 * Deletes an issue; afterwards it is not found, under its key or its id.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-delete
 */
export function deleteIssue({ site, caller, params }: RouteContext): RouteResult {
  const issue = issueFor(site, caller, params.issueIdOrKey, 'DELETE_ISSUES', 'You do not have permission to delete issues in this project.');
  remove(site, issue.id, caller.accountId);
  return { status: 204 };
}
