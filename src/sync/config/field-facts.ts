import { getCreateScreenFields } from '../../jira/get-create-screen-fields';
import type { JiraField, JiraScreenField } from '../../jira/jira-types';
import { listFields } from '../../jira/list-fields';
import type { CustomFieldType } from '../../shared/sync-config';
import type { JiraFieldOption } from './editor-views';

/**
 * The Jira fields a mapping may name, for one issue type of one project: every field of the
 * site (so a mapping to a field missing from the screen is told apart from one to a field that
 * doesn't exist), flagged with whether the create screen has it, its type in the editor's terms,
 * and a select field's options (known from the create screen).
 */
export async function readFieldFacts(projectId: string, issueTypeId: string): Promise<JiraFieldOption[]> {
  const [onCreate, all] = await Promise.all([getCreateScreenFields(projectId, issueTypeId), listFields()]);
  const screen = new Map(onCreate.map((field) => [field.id, field]));
  const fields = all.map((field) => toOption(field, screen.get(field.id)));
  // A screen field `GET /field` did not list (rare: a field hidden from the app) still counts.
  for (const field of onCreate) if (!all.some((known) => known.id === field.id)) fields.push(toOption(undefined, field));
  return fields;
}

function toOption(field: JiraField | undefined, onScreen: JiraScreenField | undefined): JiraFieldOption {
  const type = fieldType(onScreen?.type ?? field?.type, onScreen?.custom ?? field?.customType);
  return {
    id: (field?.id ?? onScreen?.id)!,
    name: field?.name ?? onScreen!.name,
    type,
    ...(type === 'select' && onScreen?.allowedValues ? { options: onScreen.allowedValues.map((value) => value.name) } : {}),
    onCreateScreen: onScreen !== undefined,
    requiredOnCreate: onScreen?.required ?? false,
  };
}

/** Jira's JsonTypeBean type → the four kinds a mapping can have; anything else can't be mapped. */
export function fieldType(type: string | undefined, custom: string | undefined): CustomFieldType | 'other' {
  switch (type) {
    case 'string':
      return custom === undefined || /:(textfield|textarea|url)$/.test(custom) ? 'text' : 'other';
    case 'number':
      return 'number';
    case 'date':
    case 'datetime':
      return 'date';
    case 'option':
      return 'select';
    default:
      return 'other';
  }
}
