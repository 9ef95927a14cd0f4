import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';
import type { JiraField } from './jira-types';

interface FieldBean {
  id: string;
  name: string;
  custom?: boolean;
  clauseNames?: string[];
  schema?: { type?: string; items?: string; custom?: string };
}

/**
 * Every system and custom field on the site: names for field mapping screens and messages
 * ("Jira refused the value of Plan"), and custom field types.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-fields/#api-rest-api-3-field-get
 */
export async function listFields(): Promise<JiraField[]> {
  const { body } = await requestJira<FieldBean[]>(route`/rest/api/3/field`, { as: AS_APP });
  return (body ?? []).map((field) => ({
    id: field.id,
    name: field.name,
    custom: field.custom === true,
    ...(field.schema?.type ? { type: field.schema.type } : {}),
    ...(field.schema?.items ? { items: field.schema.items } : {}),
    ...(field.schema?.custom ? { customType: field.schema.custom } : {}),
    clauseNames: field.clauseNames ?? [],
  }));
}
