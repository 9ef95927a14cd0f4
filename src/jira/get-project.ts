import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

export interface JiraProject {
  id: string;
  key: string;
  name: string;
  projectTypeKey?: string;
}

/**
 * One project, read as the app; undefined when it does not exist.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-projectidorkey-get
 */
export async function getProject(projectIdOrKey: string): Promise<JiraProject | undefined> {
  const { status, body } = await requestJira<JiraProject>(route`/rest/api/3/project/${projectIdOrKey}`, { as: AS_APP, expect: [404] });
  return status === 404 ? undefined : { id: body.id, key: body.key, name: body.name, projectTypeKey: body.projectTypeKey };
}
