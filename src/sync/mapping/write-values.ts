import type { TicketPatch } from '../../connectors/connector';
import type { AdfDoc } from '../../jira/jira-types';
import type { SyncConfig } from '../../shared/sync-config';
import { adfToHtml } from '../format/adf-to-html';
import type { CommonValues } from './common-fields';

const reverse = (map: Record<string, string>) => Object.fromEntries(Object.entries(map).map(([from, to]) => [to, from]));

/** Common values → the `fields` of a Jira create or edit call. */
export function jiraFieldsOf(values: CommonValues, config: SyncConfig): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key === 'summary') fields.summary = value ?? '';
    else if (key === 'description') fields.description = value ? (JSON.parse(value) as AdfDoc) : null;
    else if (key === 'priority') {
      if (value) fields.priority = { name: value };
    } else if (key === 'labels') fields.labels = value ? value.split(' ') : [];
    else if (key.startsWith('custom:')) {
      const fieldId = key.slice('custom:'.length);
      const mapping = config.fields.custom.find((candidate) => candidate.jiraFieldId === fieldId);
      if (!mapping) continue;
      if (value === undefined) fields[fieldId] = null;
      else if (mapping.type === 'number') fields[fieldId] = Number(value);
      else if (mapping.type === 'select') fields[fieldId] = { value };
      else fields[fieldId] = value;
    }
  }
  return fields;
}

/** Common values → a help-desk ticket patch (fields the help desk has no place for are left out). */
export function ticketPatchOf(values: CommonValues, config: SyncConfig): TicketPatch {
  const patch: TicketPatch = {};
  for (const [key, value] of Object.entries(values)) {
    if (key === 'summary') patch.subject = value ?? '';
    else if (key === 'description') patch.description = value ? adfToHtml(JSON.parse(value) as AdfDoc) : '';
    else if (key === 'priority') {
      const ticketPriority = value ? reverse(config.fields.priority.valueMap)[value] : undefined;
      if (ticketPriority) patch.priority = ticketPriority;
    } else if (key === 'labels') patch.tags = value ? value.split(' ') : [];
    else if (key.startsWith('custom:')) {
      const mapping = config.fields.custom.find((candidate) => candidate.jiraFieldId === key.slice('custom:'.length));
      if (!mapping) continue;
      const ticketValue = mapping.type === 'select' && value !== undefined ? reverse(mapping.valueMap ?? {})[value] : value;
      patch.customFields = { ...patch.customFields, [mapping.ticketField]: ticketValue ?? null };
    }
  }
  return patch;
}
