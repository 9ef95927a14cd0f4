import { commentProperties } from '../state/issue-comments';
import type { CommentRecord, FieldRecord, IssueRecord, SiteState } from '../state/site-state';
import type { FieldSelection } from './field-selection';
import { REQUEST_TYPE_FIELD, requestTypeValue } from './request-type-field';
import { issueTypeOf, jiraDate, priorityView, projectOf, projectReferenceView, statusOf, statusView, userDetailsOf } from './issue-parts';

/**
 * Jira's `IssueBean` and `Comment` shapes. Fields the caller did not select are left out;
 * selected fields without a value are null, as Jira sends them.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get
 */

export const issueSelf = (site: SiteState, issue: IssueRecord) => `${site.baseUrl}/rest/api/3/issue/${issue.id}`;

export function issueView(site: SiteState, issue: IssueRecord, fields: FieldSelection, properties?: { all: boolean; keys: Set<string> }): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const field of site.fields) if (fields.has(field.id)) shown[field.id] = fieldValue(site, issue, field);
  const wanted = properties ? Object.entries(issue.properties).filter(([key]) => properties.all || properties.keys.has(key)) : [];
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: issueSelf(site, issue),
    key: issue.key,
    ...(fields.size > 0 ? { fields: shown } : {}),
    ...(properties ? { properties: Object.fromEntries(wanted.map(([key, value]) => [key, structuredClone(value)])) } : {}),
  };
}

function fieldValue(site: SiteState, issue: IssueRecord, field: FieldRecord): unknown {
  const project = projectOf(site, issue.projectId);
  const priority = site.priorities.find((candidate) => candidate.id === issue.priorityId);
  const resolution = site.resolutions.find((candidate) => candidate.id === issue.resolution?.id);
  switch (field.id) {
    case 'summary': return issue.summary;
    case 'description': return issue.description ? structuredClone(issue.description) : null;
    case 'issuetype': return issueTypeOf(site, issue.issueTypeId);
    case 'project': return projectReferenceView(site, project);
    case 'status': return statusView(site, statusOf(project, issue.statusId));
    case 'priority': return priority ? priorityView(site, priority) : null;
    case 'labels': return [...issue.labels];
    case 'assignee': return userDetailsOf(site, issue.assigneeAccountId);
    case 'reporter': return userDetailsOf(site, issue.reporterAccountId);
    case 'creator': return userDetailsOf(site, issue.creatorAccountId);
    case 'resolution': return resolution ? { self: `${site.baseUrl}/rest/api/3/resolution/${resolution.id}`, id: resolution.id, name: resolution.name, description: resolution.description } : null;
    case 'resolutiondate': return issue.resolutionDate ? jiraDate(issue.resolutionDate) : null;
    case 'created': return jiraDate(issue.created);
    case 'updated': return jiraDate(issue.updated);
    case 'comment': {
      const comments = issue.comments.map((comment) => commentView(site, issue, comment, false));
      return { comments, self: `${issueSelf(site, issue)}/comment`, maxResults: comments.length, total: comments.length, startAt: 0 };
    }
    default: return customValue(site, issue, field);
  }
}

function customValue(site: SiteState, issue: IssueRecord, field: FieldRecord): unknown {
  if (field.schema.custom === REQUEST_TYPE_FIELD.schema.custom) return requestTypeValue(site, issue);
  const stored = issue.customFields[field.id];
  if (stored === undefined || stored === null) return null;
  if (field.schema.type !== 'option') return stored;
  const option = field.options?.find((candidate) => candidate.id === stored);
  return option ? { self: `${site.baseUrl}/rest/api/3/customFieldOption/${option.id}`, value: option.value, id: option.id } : null;
}

/** Jira's `Comment`; `properties` only when expanded, as `[{ key, value }]`. */
export function commentView(site: SiteState, issue: IssueRecord, comment: CommentRecord, withProperties: boolean): Record<string, unknown> {
  const properties = commentProperties(comment);
  return {
    self: `${issueSelf(site, issue)}/comment/${comment.id}`,
    id: comment.id,
    author: userDetailsOf(site, comment.authorAccountId),
    body: structuredClone(comment.body),
    updateAuthor: userDetailsOf(site, comment.updateAuthorAccountId),
    created: jiraDate(comment.created),
    updated: jiraDate(comment.updated),
    ...(comment.visibility ? { visibility: { ...comment.visibility } } : {}),
    jsdPublic: !comment.internal,
    ...(withProperties ? { properties: Object.entries(properties).map(([key, value]) => ({ key, value: structuredClone(value) })) } : {}),
  };
}
