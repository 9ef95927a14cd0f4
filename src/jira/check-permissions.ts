import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

export interface PermissionQuery {
  accountId: string;
  globalPermissions: string[];
  projectPermissions?: { permissions: string[]; projects: number[] }[];
}

export interface PermissionAnswer {
  globalPermissions: string[];
  projectPermissions: { permission: string; projects?: number[] }[];
}

/**
 * Global and project permissions of any user, asked as the app, in one call.
 * The app asks rather than the user (GET /mypermissions as the user) because one call then
 * answers both the global and the project question, and the same function serves triggers,
 * which have no user to act as.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/#api-rest-api-3-permissions-check-post
 */
export async function checkPermissions(query: PermissionQuery): Promise<PermissionAnswer> {
  const { body } = await requestJira<Partial<PermissionAnswer>>(route`/rest/api/3/permissions/check`, {
    as: AS_APP,
    method: 'POST',
    body: query,
  });
  return { globalPermissions: body.globalPermissions ?? [], projectPermissions: body.projectPermissions ?? [] };
}
