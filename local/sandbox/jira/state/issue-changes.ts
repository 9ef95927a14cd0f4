import type { ChangeItem } from '../events/event-payloads';
import { findUser } from './lookups';
import type { AdfDocument, IssueRecord, SiteState } from './site-state';

/**
 * A change to an issue's fields, already checked and in the state's terms (ids, not REST shapes).
 * Editing, transitioning and the JSM request endpoints all apply changes through here, so the
 * changelog (what product events carry) is built one way. `null` clears a field.
 */
export interface IssueChanges {
  summary?: string;
  description?: AdfDocument | null;
  priorityId?: string | null;
  labels?: string[];
  assigneeAccountId?: string | null;
  reporterAccountId?: string;
  resolutionId?: string | null;
  /** Custom field id → new stored value (null clears it). */
  customFields?: Record<string, unknown>;
}

/** The Jira field ids a change touches (to check them against a screen). */
export function changedFieldIds(changes: IssueChanges): string[] {
  const ids: string[] = [];
  const system: [keyof IssueChanges, string][] = [
    ['summary', 'summary'],
    ['description', 'description'],
    ['priorityId', 'priority'],
    ['labels', 'labels'],
    ['assigneeAccountId', 'assignee'],
    ['reporterAccountId', 'reporter'],
    ['resolutionId', 'resolution'],
  ];
  for (const [key, fieldId] of system) if (changes[key] !== undefined) ids.push(fieldId);
  return [...ids, ...Object.keys(changes.customFields ?? {})];
}

/** Applies `changes` to `issue` (not its `updated`: the caller does) and says what changed. */
export function applyChanges(site: SiteState, issue: IssueRecord, changes: IssueChanges): ChangeItem[] {
  const items: ChangeItem[] = [];
  const name = (accountId?: string | null) => (accountId ? (findUser(site, accountId)?.displayName ?? accountId) : null);
  const priorityName = (id?: string | null) => (id ? (site.priorities.find((priority) => priority.id === id)?.name ?? id) : null);
  if (changes.summary !== undefined && changes.summary !== issue.summary) {
    items.push(item('summary', 'summary', null, issue.summary, null, changes.summary));
    issue.summary = changes.summary;
  }
  if (changes.description !== undefined && JSON.stringify(changes.description) !== JSON.stringify(issue.description)) {
    items.push(item('description', 'description', null, plainText(issue.description), null, plainText(changes.description)));
    issue.description = changes.description ? structuredClone(changes.description) : null;
  }
  if (changes.priorityId !== undefined && (changes.priorityId ?? undefined) !== issue.priorityId) {
    items.push(item('priority', 'priority', issue.priorityId ?? null, priorityName(issue.priorityId), changes.priorityId, priorityName(changes.priorityId)));
    issue.priorityId = changes.priorityId ?? undefined;
  }
  if (changes.labels !== undefined && changes.labels.join(' ') !== issue.labels.join(' ')) {
    items.push(item('labels', 'labels', null, issue.labels.join(' '), null, changes.labels.join(' ')));
    issue.labels = [...changes.labels];
  }
  if (changes.assigneeAccountId !== undefined && (changes.assigneeAccountId ?? undefined) !== issue.assigneeAccountId) {
    items.push(item('assignee', 'assignee', issue.assigneeAccountId ?? null, name(issue.assigneeAccountId), changes.assigneeAccountId, name(changes.assigneeAccountId)));
    issue.assigneeAccountId = changes.assigneeAccountId ?? undefined;
  }
  if (changes.reporterAccountId !== undefined && changes.reporterAccountId !== issue.reporterAccountId) {
    items.push(item('reporter', 'reporter', issue.reporterAccountId, name(issue.reporterAccountId), changes.reporterAccountId, name(changes.reporterAccountId)));
    issue.reporterAccountId = changes.reporterAccountId;
  }
  if (changes.resolutionId !== undefined) items.push(...setResolution(site, issue, changes.resolutionId));
  for (const [fieldId, value] of Object.entries(changes.customFields ?? {})) {
    const before = issue.customFields[fieldId] ?? null;
    if (JSON.stringify(before) === JSON.stringify(value ?? null)) continue;
    const field = site.fields.find((candidate) => candidate.id === fieldId);
    const display = (stored: unknown) => (stored === null || stored === undefined ? null : (field?.options?.find((option) => option.id === stored)?.value ?? String(stored)));
    items.push({ ...item(field?.name ?? fieldId, fieldId, null, display(before), null, display(value)), fieldtype: 'custom' });
    if (value === null || value === undefined) delete issue.customFields[fieldId];
    else issue.customFields[fieldId] = value;
  }
  return items;
}

/** Sets or clears the resolution (and its date), as a changelog item when it changed. */
export function setResolution(site: SiteState, issue: IssueRecord, resolutionId: string | null): ChangeItem[] {
  if ((resolutionId ?? undefined) === issue.resolution?.id) return [];
  const resolution = resolutionId ? site.resolutions.find((candidate) => candidate.id === resolutionId) : undefined;
  const change = item('resolution', 'resolution', issue.resolution?.id ?? null, issue.resolution?.name ?? null, resolution?.id ?? null, resolution?.name ?? null);
  if (resolution) {
    issue.resolution = { id: resolution.id, name: resolution.name };
    issue.resolutionDate = new Date().toISOString();
  } else {
    delete issue.resolution;
    delete issue.resolutionDate;
  }
  return [change];
}

export function item(field: string, fieldId: string, from: string | null, fromString: string | null, to: string | null | undefined, toString: string | null | undefined): ChangeItem {
  return { field, fieldtype: 'jira', fieldId, from, fromString, to: to ?? null, toString: toString ?? null };
}

/** The text of an ADF document, for changelog strings and text search. */
export function plainText(document: AdfDocument | null | undefined): string | null {
  if (!document) return null;
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const { text, content } = node as { text?: unknown; content?: unknown };
    if (typeof text === 'string') parts.push(text);
    if (Array.isArray(content)) content.forEach(walk);
  };
  walk(document);
  return parts.join(' ');
}
