import type { FieldRecord, ScreenField, SiteState } from '../state/site-state';
import { issueTypeView } from './project-view';
import { priorityView } from './issue-parts';

/**
 * Jira's field metadata (`FieldMetadata`; `FieldCreateMetadata` adds `fieldId`), shared by the
 * create metadata, the edit metadata and the transition screens, so all three describe a field
 * the same way: name, schema, whether it is required, the operations and allowed values.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-createmeta-projectidorkey-issuetypes-issuetypeid-get
 */

export function operationsOf(field: FieldRecord): string[] {
  if (field.id === 'labels') return ['add', 'set', 'remove'];
  return ['set'];
}

function allowedValues(site: SiteState, field: FieldRecord, issueTypeIds: string[]): unknown[] | undefined {
  if (field.id === 'priority') return site.priorities.map((priority) => priorityView(site, priority));
  if (field.id === 'resolution') return site.resolutions.map((resolution) => ({ self: `${site.baseUrl}/rest/api/3/resolution/${resolution.id}`, id: resolution.id, name: resolution.name }));
  if (field.id === 'issuetype') return site.issueTypes.filter((type) => issueTypeIds.includes(type.id)).map((type) => issueTypeView(site, type));
  if (field.options) return field.options.map((option) => ({ self: `${site.baseUrl}/rest/api/3/customFieldOption/${option.id}`, value: option.value, id: option.id }));
  return undefined;
}

export function fieldMetadata(site: SiteState, onScreen: ScreenField, options: { withFieldId?: boolean; issueTypeIds?: string[] } = {}): Record<string, unknown> | undefined {
  const field = site.fields.find((candidate) => candidate.id === onScreen.fieldId);
  if (!field) return undefined;
  const values = allowedValues(site, field, options.issueTypeIds ?? []);
  return {
    required: onScreen.required,
    schema: { ...field.schema },
    name: field.name,
    key: field.id,
    ...(options.withFieldId ? { fieldId: field.id } : {}),
    ...(field.schema.type === 'user' ? { autoCompleteUrl: `${site.baseUrl}/rest/api/3/user/search?query=` } : {}),
    hasDefaultValue: field.id === 'priority',
    operations: operationsOf(field),
    ...(values ? { allowedValues: values } : {}),
    ...(field.id === 'priority' ? { defaultValue: priorityView(site, site.priorities[2]) } : {}),
  };
}

/** The fields of a screen as `{ fieldId: metadata }`. */
export function screenMetadata(site: SiteState, screen: ScreenField[]): Record<string, unknown> {
  const entries = screen.map((onScreen) => [onScreen.fieldId, fieldMetadata(site, onScreen)] as const);
  return Object.fromEntries(entries.filter(([, metadata]) => metadata !== undefined));
}
