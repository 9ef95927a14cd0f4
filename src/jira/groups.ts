import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

export interface JiraGroup {
  name: string;
  groupId: string;
}

/**
 * Which of the named groups exist, in one call.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-groups/#api-rest-api-3-group-bulk-get
 */
export async function findGroups(names: string[]): Promise<JiraGroup[]> {
  const query = new URLSearchParams([['maxResults', String(names.length)], ...names.map((name) => ['groupName', name])]);
  const { body } = await requestJira<{ values: JiraGroup[] }>(route`/rest/api/3/group/bulk?${query}`, { as: AS_APP });
  return body.values.map(({ name, groupId }) => ({ name, groupId }));
}

/**
 * How many members a group has (asks for one member and reads `total`).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-groups/#api-rest-api-3-group-member-get
 */
export async function countGroupMembers(groupId: string): Promise<number> {
  const { body } = await requestJira<{ total: number }>(route`/rest/api/3/group/member?groupId=${groupId}&maxResults=1`, { as: AS_APP });
  return body.total;
}

/**
 * Creates a group; a name that already exists is answered with that group.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-groups/#api-rest-api-3-group-post
 */
export async function createGroup(name: string): Promise<JiraGroup> {
  const { status, body } = await requestJira<JiraGroup>(route`/rest/api/3/group`, { as: AS_APP, method: 'POST', body: { name }, expect: [400] });
  if (status === 400) {
    const [existing] = await findGroups([name]);
    if (existing) return existing;
    throw new Error('Jira refused to create the group');
  }
  return { name: body.name, groupId: body.groupId };
}
