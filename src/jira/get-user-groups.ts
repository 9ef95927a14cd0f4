import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

export interface GroupName {
  name: string;
  groupId?: string;
}

/**
 * The groups a user belongs to, asked as the app.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/#api-rest-api-3-user-groups-get
 */
export async function getUserGroups(accountId: string): Promise<GroupName[]> {
  const { body } = await requestJira<GroupName[]>(route`/rest/api/3/user/groups?accountId=${accountId}`, { as: AS_APP });
  return body;
}
