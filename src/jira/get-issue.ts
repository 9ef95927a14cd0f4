import { route } from '@forge/api';
import { toJiraIssue, type IssueBean } from './issue-bean';
import { AS_APP, requestJira } from './jira-request';
import type { JiraIssue } from './jira-types';

export interface GetIssueOptions {
  /** Field ids to read (Jira's default: all). The summary fields JiraIssue names are always included. */
  fields?: string[];
  /** Entity property keys to read with the issue. */
  properties?: string[];
}

/** What JiraIssue's own members need, so they are filled whatever else is asked for. */
export const CORE_FIELDS = ['summary', 'description', 'status', 'labels', 'priority', 'assignee', 'reporter', 'created', 'updated', 'project', 'issuetype'];

/**
 * One issue as the app, by id or key (a moved issue's old key still finds it). Throws a
 * not-found JiraRequestError when it does not exist or the app may not see it.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get
 */
export async function getIssue(idOrKey: string, opts: GetIssueOptions = {}): Promise<JiraIssue> {
  const fields = opts.fields ? [...new Set([...CORE_FIELDS, ...opts.fields])].join(',') : '*all';
  const properties = (opts.properties ?? []).join(',');
  const { body } = await requestJira<IssueBean>(route`/rest/api/3/issue/${idOrKey}?fields=${fields}&properties=${properties}`, { as: AS_APP });
  return toJiraIssue(body);
}
