import { route } from '@forge/api';
import { CORE_FIELDS } from './get-issue';
import { toJiraIssue, type IssueBean } from './issue-bean';
import { AS_APP, requestJira } from './jira-request';
import type { JiraIssue } from './jira-types';

export interface SearchOptions {
  /** Field ids beyond the ones JiraIssue always carries. */
  fields?: string[];
  /** Entity property keys to read with each issue. */
  properties?: string[];
  /** Page size: Jira allows up to 100 issues with fields. */
  maxResults?: number;
  /** From the previous page; absent for the first. */
  nextPageToken?: string;
}

/**
 * One page of a JQL search as the app (the enhanced search: token paging, no totals). Used for
 * polling (`updated >= …`) and for finding linked issues by their indexed entity properties.
 * Bad JQL answers 400: a JiraRequestError with Jira's message.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post
 */
export async function searchIssues(jql: string, opts: SearchOptions = {}): Promise<{ issues: JiraIssue[]; nextPageToken?: string }> {
  const { body } = await requestJira<{ issues?: IssueBean[]; nextPageToken?: string; isLast?: boolean }>(route`/rest/api/3/search/jql`, {
    as: AS_APP,
    method: 'POST',
    body: {
      jql,
      fields: [...new Set([...CORE_FIELDS, ...(opts.fields ?? [])])],
      ...(opts.properties?.length ? { properties: opts.properties } : {}),
      maxResults: opts.maxResults ?? 50,
      ...(opts.nextPageToken ? { nextPageToken: opts.nextPageToken } : {}),
    },
  });
  const issues = (body.issues ?? []).map(toJiraIssue);
  return body.nextPageToken && body.isLast !== true ? { issues, nextPageToken: body.nextPageToken } : { issues };
}
