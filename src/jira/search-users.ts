import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';
import type { JiraUser } from './get-myself';

/** Jira's cap for this operation: larger values are lowered silently. */
export const USERS_PAGE_SIZE = 1000;

/**
 * One page of every account on the site (people, apps, customers; active or not), read as the
 * app: the directory sync's source. The answer is a bare array, not a PageBean; Jira may return
 * fewer than `maxResults` even when more follow (it filters after paging), so only an empty
 * page means the end.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/#api-rest-api-3-users-search-get
 */
export async function searchUsersPage(startAt: number, maxResults = USERS_PAGE_SIZE): Promise<JiraUser[]> {
  const { body } = await requestJira<JiraUser[]>(route`/rest/api/3/users/search?startAt=${startAt}&maxResults=${maxResults}`, { as: AS_APP });
  return body ?? [];
}
