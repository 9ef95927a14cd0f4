import { badRequest } from '../http-error';
import type { IssueChanges } from '../state/issue-changes';
import type { ScreenField, SiteState } from '../state/site-state';
import { readFieldValue, readLabels } from './field-values';

/**
 * Turns a REST body's `fields` and `update` (Jira's two ways to say what to change) into
 * IssueChanges, checking each field is known, allowed where it is used (the create or edit
 * screen) and given a value Jira would take. Problems are collected per field and answered
 * together, as Jira answers them: 400 `{ errorMessages: [], errors: { field: message } }`.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-put
 */

export type FieldErrors = Record<string, string>;

const NOT_SETTABLE = (fieldId: string) => `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

export interface ReadOptions {
  /** The screen the change is made through; undefined lets any known field through (a transition screen is checked by the operation). */
  screen?: ScreenField[];
  /** Fields read by the caller itself (project and issue type on create). */
  skip?: string[];
  /** The labels the issue has now, for `update.labels` add and remove. */
  currentLabels?: string[];
}

/** Reads `fields` and `update`; throws 400 with every field's problem. */
export function readChanges(site: SiteState, fields: unknown, update: unknown, options: ReadOptions = {}): IssueChanges {
  const errors: FieldErrors = {};
  const values = new Map<string, unknown>();
  if (fields !== undefined && !isObject(fields)) throw badRequest("'fields' must be an object.");
  if (update !== undefined && !isObject(update)) throw badRequest("'update' must be an object.");
  for (const [fieldId, raw] of Object.entries(fields ?? {})) {
    if (!options.skip?.includes(fieldId)) values.set(fieldId, raw);
  }
  let labels = [...(options.currentLabels ?? [])];
  for (const [fieldId, operations] of Object.entries(update ?? {})) {
    if (!Array.isArray(operations)) {
      errors[fieldId] = `Update of field '${fieldId}' must be a list of operations.`;
      continue;
    }
    for (const operation of operations) {
      const [verb, argument] = isObject(operation) ? (Object.entries(operation)[0] ?? []) : [];
      if (fieldId === 'labels' && (verb === 'add' || verb === 'remove' || verb === 'set')) {
        if (verb === 'set') labels = Array.isArray(argument) ? [...(argument as string[])] : [];
        else if (verb === 'add') labels = [...labels, argument as string];
        else labels = labels.filter((label) => label !== argument);
        values.set('labels', labels);
      } else if (verb === 'set') {
        values.set(fieldId, argument);
      } else {
        errors[fieldId] = `Field '${fieldId}' does not support operation '${String(verb)}' Supported operation(s) are: '${fieldId === 'labels' ? 'add,set,remove' : 'set'}'`;
      }
    }
  }
  const changes: IssueChanges = {};
  for (const [fieldId, raw] of values) {
    const field = site.fields.find((candidate) => candidate.id === fieldId);
    if (!field || (options.screen && !options.screen.some((onScreen) => onScreen.fieldId === fieldId))) {
      errors[fieldId] = NOT_SETTABLE(fieldId);
      continue;
    }
    const reading = fieldId === 'labels' && Array.isArray(raw) && raw.every((label) => typeof label === 'string') ? readLabels(raw) : readFieldValue(site, field, raw);
    if (!reading.ok) errors[fieldId] = reading.message;
    else if (reading.value === null && options.screen?.some((onScreen) => onScreen.fieldId === fieldId && onScreen.required)) errors[fieldId] = `${field.name} is required.`;
    else assign(changes, fieldId, field.custom, reading.value);
  }
  if (Object.keys(errors).length > 0) throw badRequest('', errors);
  return changes;
}

function assign(changes: IssueChanges, fieldId: string, custom: boolean, value: unknown): void {
  if (custom) {
    changes.customFields = { ...changes.customFields, [fieldId]: value };
    return;
  }
  const key = ({ summary: 'summary', description: 'description', priority: 'priorityId', labels: 'labels', assignee: 'assigneeAccountId', reporter: 'reporterAccountId', resolution: 'resolutionId' } as const)[
    fieldId as 'summary'
  ];
  (changes as Record<string, unknown>)[key] = value;
}

/** `properties: [{ key, value }]` of a create or comment call. */
export function readProperties(raw: unknown): Record<string, unknown> {
  if (raw === undefined || raw === null) return {};
  if (!Array.isArray(raw)) throw badRequest("'properties' must be a list of { key, value }.");
  const properties: Record<string, unknown> = {};
  for (const entry of raw) {
    const key = isObject(entry) ? entry.key : undefined;
    if (typeof key !== 'string' || !key || key.length > 255) throw badRequest('The property key must be between 1 and 255 characters long.');
    properties[key] = isObject(entry) ? entry.value : undefined;
  }
  return properties;
}
