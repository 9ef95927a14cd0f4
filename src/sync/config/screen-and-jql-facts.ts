import { getEditScreenFields } from '../../jira/get-edit-screen-fields';
import { JiraRequestError } from '../../jira/jira-error';
import type { JiraScreenField } from '../../jira/jira-types';
import { searchIssues } from '../../jira/search-issues';
import type { JiraFieldOption } from './editor-views';

/**
 * The two facts Jira only gives through issues: an issue type's edit screen (Jira shows it per
 * issue, so the project's newest issue of that type stands for all of them) and whether a JQL
 * filter parses (a search of one issue, within the project, says so).
 */

/** The fields on the edit screen by id, or undefined while the project has no issue of the type. */
export async function readEditScreen(projectId: string, issueTypeId: string): Promise<Map<string, JiraScreenField> | undefined> {
  const { issues } = await searchIssues(`project = ${projectId} AND issuetype = ${issueTypeId} ORDER BY created DESC`, { maxResults: 1 });
  if (issues.length === 0) return undefined;
  return new Map((await getEditScreenFields(issues[0].id)).map((field) => [field.id, field]));
}

/** Marks each field as on the edit screen or not, and names a select's options from it when the create screen didn't. */
export function withEditScreen(fields: JiraFieldOption[], editScreen: Map<string, JiraScreenField>): JiraFieldOption[] {
  return fields.map((field) => {
    const onEdit = editScreen.get(field.id);
    const options = field.options ?? (field.type === 'select' ? onEdit?.allowedValues?.map((value) => value.name) : undefined);
    return { ...field, onEditScreen: onEdit !== undefined, ...(options ? { options } : {}) };
  });
}

/** Jira's objection to a JQL filter, or undefined when Jira accepts it. */
export async function jqlObjection(projectId: string, jql: string): Promise<string | undefined> {
  try {
    await searchIssues(`project = ${projectId} AND (${jql})`, { maxResults: 1 });
    return undefined;
  } catch (error) {
    if (error instanceof JiraRequestError && error.status === 400) return error.errorMessages.join(' ') || 'Jira could not read it';
    throw error;
  }
}
