import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

/**
 * Which of `permissions` the app itself holds in one project, in one call. Asked as the app
 * (GET /mypermissions) rather than through POST /permissions/check, which needs the app's
 * accountId first: this answers "can Deskbridge do X here" without knowing who Deskbridge is.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/#api-rest-api-3-mypermissions-get
 */
export async function getAppProjectPermissions(projectId: string, permissions: string[]): Promise<Record<string, boolean>> {
  const { body } = await requestJira<{ permissions: Record<string, { havePermission?: boolean }> }>(
    route`/rest/api/3/mypermissions?projectId=${projectId}&permissions=${permissions.join(',')}`,
    { as: AS_APP },
  );
  return Object.fromEntries(permissions.map((key) => [key, body.permissions?.[key]?.havePermission === true]));
}
