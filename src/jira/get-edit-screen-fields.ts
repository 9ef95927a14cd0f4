import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';
import type { JiraScreenField } from './jira-types';
import { toScreenField, type FieldMetadataBean } from './screen-field';

/**
 * The fields the app may change on an issue now (its edit screen). A field missing here is one
 * an update from a help desk cannot write: sync reports it instead of failing the whole edit.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-editmeta-get
 */
export async function getEditScreenFields(issueId: string): Promise<JiraScreenField[]> {
  const { body } = await requestJira<{ fields?: Record<string, FieldMetadataBean> }>(route`/rest/api/3/issue/${issueId}/editmeta`, { as: AS_APP });
  return Object.entries(body.fields ?? {}).map(([id, field]) => toScreenField(id, field));
}
