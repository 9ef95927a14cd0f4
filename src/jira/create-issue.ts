import { route } from '@forge/api';
import { createIssueBody } from './issue-request-body';
import { AS_APP, requestJira } from './jira-request';
import type { CreateIssueInput } from './jira-types';

export type { CreateIssueInput } from './jira-types';

/**
 * Creates one issue as the app, with its entity properties in the same call, so the link data
 * is on the issue before the created event reaches anyone. A refused field comes back as a
 * JiraRequestError with Jira's per-field messages (`fieldErrors`).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-post
 */
export async function createIssue(input: CreateIssueInput): Promise<{ id: string; key: string }> {
  const { body } = await requestJira<{ id: string; key: string }>(route`/rest/api/3/issue`, {
    as: AS_APP,
    method: 'POST',
    body: createIssueBody(input),
  });
  return { id: String(body.id), key: body.key };
}
