import { badRequest, notFound } from '../http-error';
import { ok, type RouteContext, type RouteResult } from '../route';
import { deleteProperty, setProperty } from '../state/issues';
import type { IssueRecord, SiteState } from '../state/site-state';
import { issueSelf } from '../views/issue-view';
import { issueFor, visibleIssue } from './issue-access';

/**
 * Issue entity properties: where Deskbridge keeps its link data on an issue, searchable with JQL
 * where the app declares the paths indexed. Values are any JSON up to 32 KB, as in Jira.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-properties/
 */

const MAX_VALUE_BYTES = 32_768;
const EDIT_REFUSAL = 'You do not have permission to edit issues in this project.';

const propertySelf = (site: SiteState, issue: IssueRecord, key: string) => `${issueSelf(site, issue)}/properties/${encodeURIComponent(key)}`;

export function getIssuePropertyKeys({ site, caller, params }: RouteContext): RouteResult {
  const issue = visibleIssue(site, caller, params.issueIdOrKey);
  return ok({ keys: Object.keys(issue.properties).map((key) => ({ key, self: propertySelf(site, issue, key) })) });
}

export function getIssueProperty({ site, caller, params }: RouteContext): RouteResult {
  const issue = visibleIssue(site, caller, params.issueIdOrKey);
  if (!(params.propertyKey in issue.properties)) throw notFound(`The property with key '${params.propertyKey}' does not exist.`);
  return ok({ key: params.propertyKey, value: structuredClone(issue.properties[params.propertyKey]) });
}

/** 201 when the property is new, 200 when it replaced a value. */
export function setIssueProperty({ site, caller, params, body }: RouteContext): RouteResult {
  const issue = issueFor(site, caller, params.issueIdOrKey, 'EDIT_ISSUES', EDIT_REFUSAL);
  const key = params.propertyKey;
  if (!key || key.length > 255) throw badRequest('The property key must be between 1 and 255 characters long.');
  if (body === undefined) throw badRequest('The property value must be valid JSON.');
  if (Buffer.byteLength(JSON.stringify(body)) > MAX_VALUE_BYTES) throw badRequest(`The property value is too large: it must not exceed ${MAX_VALUE_BYTES} bytes.`);
  const outcome = setProperty(site, issue.id, key, body);
  return { status: outcome === 'created' ? 201 : 200, body: {} };
}

export function deleteIssueProperty({ site, caller, params }: RouteContext): RouteResult {
  const issue = issueFor(site, caller, params.issueIdOrKey, 'EDIT_ISSUES', EDIT_REFUSAL);
  if (!deleteProperty(site, issue.id, params.propertyKey)) throw notFound(`The property with key '${params.propertyKey}' does not exist.`);
  return { status: 204 };
}
