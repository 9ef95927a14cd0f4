import type { FieldRecord, PriorityRecord, ResolutionRecord } from '../state/site-state';
import { SEED_CUSTOM_FIELDS, SEED_PRIORITIES, SEED_RESOLUTIONS } from './seed-ids';
import { REQUEST_TYPE_FIELD } from '../views/request-type-field';

/**
 * The site's priorities, resolutions and fields. System fields carry Jira's ids and schemas;
 * the custom fields are one text, one number, one date and one select field.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-fields/#api-rest-api-3-field-get
 */

const COLOURS: Record<string, string> = { '1': '#d04437', '2': '#f15C75', '3': '#f79232', '4': '#707070', '5': '#999999' };

export function seedPriorities(): PriorityRecord[] {
  return Object.values(SEED_PRIORITIES).map((priority) => ({
    ...priority,
    description: `${priority.name} priority.`,
    statusColor: COLOURS[priority.id],
  }));
}

export function seedResolutions(): ResolutionRecord[] {
  return [
    { ...SEED_RESOLUTIONS.done, description: 'Work has been completed on this issue.' },
    { ...SEED_RESOLUTIONS.wontDo, description: 'This issue won’t be actioned.' },
    { ...SEED_RESOLUTIONS.duplicate, description: 'The problem is a duplicate of an existing issue.' },
    { ...SEED_RESOLUTIONS.cannotReproduce, description: 'This issue could not be reproduced.' },
  ];
}

function system(id: string, name: string, type: string, extra: Partial<FieldRecord> & { items?: string } = {}): FieldRecord {
  const { items, ...rest } = extra;
  return {
    id,
    name,
    custom: false,
    schema: { type, ...(items ? { items } : {}), system: id },
    clauseNames: [id],
    orderable: true,
    navigable: true,
    searchable: true,
    ...rest,
  };
}

const CUSTOM_TYPES = 'com.atlassian.jira.plugin.system.customfieldtypes';

function custom(field: { id: string; name: string }, type: string, customType: string, options?: Record<string, string>): FieldRecord {
  const number = Number(field.id.replace('customfield_', ''));
  return {
    id: field.id,
    name: field.name,
    custom: true,
    schema: { type, custom: `${CUSTOM_TYPES}:${customType}`, customId: number },
    clauseNames: [`cf[${number}]`, field.name],
    orderable: true,
    navigable: true,
    searchable: true,
    ...(options ? { options: Object.entries(options).map(([value, id]) => ({ id, value: value[0].toUpperCase() + value.slice(1) })) } : {}),
  };
}

export function seedFields(): FieldRecord[] {
  return [
    system('summary', 'Summary', 'string'),
    system('description', 'Description', 'string'),
    system('issuetype', 'Issue Type', 'issuetype', { clauseNames: ['issuetype', 'type'] }),
    system('project', 'Project', 'project'),
    system('status', 'Status', 'status', { orderable: false }),
    system('priority', 'Priority', 'priority'),
    system('labels', 'Labels', 'array', { items: 'string' }),
    system('assignee', 'Assignee', 'user'),
    system('reporter', 'Reporter', 'user'),
    system('creator', 'Creator', 'user', { orderable: false }),
    system('resolution', 'Resolution', 'resolution'),
    system('resolutiondate', 'Resolved', 'datetime', { orderable: false, clauseNames: ['resolutiondate', 'resolved'] }),
    system('created', 'Created', 'datetime', { orderable: false, clauseNames: ['created', 'createdDate'] }),
    system('updated', 'Updated', 'datetime', { orderable: false, clauseNames: ['updated', 'updatedDate'] }),
    system('comment', 'Comment', 'comments-page', { navigable: false, clauseNames: ['comment'] }),
    custom(SEED_CUSTOM_FIELDS.region, 'string', 'textfield'),
    custom(SEED_CUSTOM_FIELDS.seats, 'number', 'float'),
    custom(SEED_CUSTOM_FIELDS.renewalDate, 'date', 'datepicker'),
    custom(SEED_CUSTOM_FIELDS.plan, 'option', 'select', SEED_CUSTOM_FIELDS.plan.options),
    { ...REQUEST_TYPE_FIELD, schema: { ...REQUEST_TYPE_FIELD.schema }, clauseNames: [...REQUEST_TYPE_FIELD.clauseNames] },
  ];
}
