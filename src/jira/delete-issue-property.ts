import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

/**
 * Removes an issue entity property as the app (unlinking). Already absent counts as done, so a
 * retried unlink is harmless.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-properties/#api-rest-api-3-issue-issueidorkey-properties-propertykey-delete
 */
export async function deleteIssueProperty(idOrKey: string, key: string): Promise<void> {
  await requestJira(route`/rest/api/3/issue/${idOrKey}/properties/${key}`, { as: AS_APP, method: 'DELETE', expect: [404] });
}
