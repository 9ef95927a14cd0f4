import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

export interface IssueEdit {
  /** Field id → new value in Jira's REST shape (`{ priority: { name: 'High' } }`). */
  fields?: Record<string, unknown>;
  /** Field id → operations (`{ labels: [{ add: 'x' }, { remove: 'y' }] }`). */
  update?: Record<string, unknown>;
}

/**
 * Edits an issue's fields as the app, through its edit screen. A field Jira refuses comes back
 * as a JiraRequestError whose `fieldErrors` name it.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-put
 */
export async function editIssue(idOrKey: string, edit: IssueEdit): Promise<void> {
  await requestJira(route`/rest/api/3/issue/${idOrKey}`, {
    as: AS_APP,
    method: 'PUT',
    body: { ...(edit.fields ? { fields: edit.fields } : {}), ...(edit.update ? { update: edit.update } : {}) },
  });
}
