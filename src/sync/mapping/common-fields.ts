import type { Ticket } from '../../connectors/connector';
import type { AdfDoc, JiraIssue } from '../../jira/jira-types';
import { flows, type Direction, type SyncConfig } from '../../shared/sync-config';
import { adfToHtml } from '../format/adf-to-html';
import { htmlToAdf } from '../format/html-to-adf';

/** A synced field's value in a form both sides compare in (strings; undefined = no value). */
export type CommonValues = Record<string, string | undefined>;

/** The fields an integration syncs, with their directions: `summary`, `description`, `priority`, `labels`, `custom:<jira field id>`. */
export function syncedFields(config: SyncConfig): { key: string; direction: Direction }[] {
  return [
    { key: 'summary', direction: config.fields.summary },
    { key: 'description', direction: config.fields.description },
    { key: 'priority', direction: config.fields.priority.direction },
    { key: 'labels', direction: config.fields.labels },
    ...config.fields.custom.map((mapping) => ({ key: `custom:${mapping.jiraFieldId}`, direction: mapping.direction })),
  ].filter(({ direction }) => direction !== 'none' && config.direction !== 'none');
}

export const flowsTo = (config: SyncConfig, direction: Direction, side: 'jira' | 'helpdesk') => flows(config.direction, direction, side);

/**
 * Descriptions compare as Atlassian Document Format after one pass through HTML: the converters
 * are a fixed point after one round, so a description Deskbridge wrote to one side reads back
 * equal to the base, and is never mistaken for a new change (no echo).
 */
const descriptionOfTicket = (html: string): string | undefined => (html.trim() ? JSON.stringify(htmlToAdf(html)) : undefined);
const descriptionOfIssue = (adf: AdfDoc | null): string | undefined => {
  if (!adf) return undefined;
  const html = adfToHtml(adf);
  return html.trim() ? JSON.stringify(htmlToAdf(html)) : undefined;
};

/** Jira labels cannot hold spaces; a tag "vip customer" becomes the label "vip_customer" (and stays that way back). */
export const labelOf = (tag: string): string => tag.trim().replace(/\s+/g, '_');
const labelSet = (values: string[]): string | undefined => (values.length ? [...new Set(values.map(labelOf))].sort().join(' ') : undefined);

export function ticketValues(ticket: Ticket, config: SyncConfig): CommonValues {
  const values: CommonValues = {
    summary: ticket.subject.trim() || undefined,
    description: descriptionOfTicket(ticket.description),
    priority: ticket.priority ? config.fields.priority.valueMap[ticket.priority] : undefined,
    labels: labelSet(ticket.tags),
  };
  for (const mapping of config.fields.custom) {
    const raw = ticket.customFields?.[mapping.ticketField];
    const value = raw === undefined || raw === null || raw === '' ? undefined : String(raw);
    values[`custom:${mapping.jiraFieldId}`] = mapping.type === 'select' && value !== undefined ? mapping.valueMap?.[value] : value;
  }
  return values;
}

export function issueValues(issue: JiraIssue, config: SyncConfig): CommonValues {
  const values: CommonValues = {
    summary: issue.summary.trim() || undefined,
    description: descriptionOfIssue(issue.description),
    priority: issue.priority?.name,
    labels: labelSet(issue.labels),
  };
  for (const mapping of config.fields.custom) values[`custom:${mapping.jiraFieldId}`] = customOfIssue(issue.fields[mapping.jiraFieldId], mapping.type);
  return values;
}

function customOfIssue(raw: unknown, type: 'text' | 'number' | 'date' | 'select'): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (type === 'select') return typeof raw === 'object' && raw && 'value' in raw ? String((raw as { value: unknown }).value) : undefined;
  return String(raw);
}
