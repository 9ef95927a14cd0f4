import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';
import type { JiraScreenField } from './jira-types';
import { toScreenField, type FieldMetadataBean } from './screen-field';

const PAGE_SIZE = 50;

/**
 * The fields of a project's create screen for one issue type, with required flags and allowed
 * values: what an integration's field mapping may target when Deskbridge creates issues.
 * Jira has sent the list as `fields` and as `results`; either is read.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-createmeta-projectidorkey-issuetypes-issuetypeid-get
 */
export async function getCreateScreenFields(projectId: string, issueTypeId: string): Promise<JiraScreenField[]> {
  const fields: JiraScreenField[] = [];
  for (let startAt = 0; ; startAt += PAGE_SIZE) {
    const { body } = await requestJira<{ fields?: FieldMetadataBean[]; results?: FieldMetadataBean[]; total?: number }>(
      route`/rest/api/3/issue/createmeta/${projectId}/issuetypes/${issueTypeId}?startAt=${startAt}&maxResults=${PAGE_SIZE}`,
      { as: AS_APP },
    );
    const page = body.fields ?? body.results ?? [];
    fields.push(...page.map((field) => toScreenField(field.fieldId ?? field.key ?? '', field)));
    if (page.length === 0 || startAt + page.length >= (body.total ?? 0)) return fields;
  }
}
