import type { JiraScreenField } from './jira-types';

/** Jira's FieldMetadata (edit, transitions) and FieldCreateMetadata (create). */
export interface FieldMetadataBean {
  fieldId?: string;
  key?: string;
  name?: string;
  required?: boolean;
  schema?: { type?: string; items?: string; custom?: string };
  allowedValues?: { id?: string | number; name?: string; value?: string; key?: string }[];
}

/**
 * One screen field in Deskbridge's terms. Allowed values are named by `name`, or `value` for
 * select options, as Jira names them depending on the field.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-editmeta-get
 */
export function toScreenField(id: string, bean: FieldMetadataBean): JiraScreenField {
  const allowed = bean.allowedValues?.map((value) => ({ id: String(value.id ?? ''), name: value.name ?? value.value ?? value.key ?? '' }));
  return {
    id,
    name: bean.name ?? id,
    required: bean.required === true,
    type: bean.schema?.type ?? 'any',
    ...(bean.schema?.items ? { items: bean.schema.items } : {}),
    ...(bean.schema?.custom ? { custom: bean.schema.custom } : {}),
    ...(allowed ? { allowedValues: allowed } : {}),
  };
}
