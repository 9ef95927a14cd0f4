import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';
import type { JiraUser } from './get-myself';

/**
 * One account by id, read as the app; undefined when Jira knows no such account.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/#api-rest-api-3-user-get
 */
export async function getUser(accountId: string): Promise<JiraUser | undefined> {
  const { status, body } = await requestJira<JiraUser>(route`/rest/api/3/user?accountId=${accountId}`, { as: AS_APP, expect: [404] });
  return status === 404 ? undefined : body;
}
