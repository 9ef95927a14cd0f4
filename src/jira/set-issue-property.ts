import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

/**
 * Sets an issue entity property as the app: where Deskbridge keeps an issue's link data, so the
 * app's indexed paths make it searchable with JQL. Setting a property raises no issue event, so
 * it never echoes back through the triggers. Values are JSON up to 32 KB.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-properties/#api-rest-api-3-issue-issueidorkey-properties-propertykey-put
 */
export async function setIssueProperty(idOrKey: string, key: string, value: unknown): Promise<void> {
  await requestJira(route`/rest/api/3/issue/${idOrKey}/properties/${key}`, { as: AS_APP, method: 'PUT', body: value });
}
