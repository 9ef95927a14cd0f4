import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

/**
 * One issue entity property as the app; undefined when the issue has none by that key.
 * (A missing issue answers 404 too: callers that must tell the two apart read the issue.)
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-properties/#api-rest-api-3-issue-issueidorkey-properties-propertykey-get
 */
export async function getIssueProperty<T = unknown>(idOrKey: string, key: string): Promise<T | undefined> {
  const { status, body } = await requestJira<{ value?: T }>(route`/rest/api/3/issue/${idOrKey}/properties/${key}`, { as: AS_APP, expect: [404] });
  return status === 404 ? undefined : body.value;
}
