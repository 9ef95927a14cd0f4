import type { z } from 'zod';
import { SYNC_STEP_LABELS, SYNC_STEPS, type SyncConfigProblem, type SyncStep } from './editor-views';

/**
 * Turns zod's issues with a SyncConfig into problems a person can act on, each filed under the
 * editor step that owns the setting and worded with that step's name:
 * "Field mapping: custom field 2, type: Pick the type: text, number, date or select."
 */

const STEP_OF_TOP_LEVEL: Record<string, SyncStep> = {
  enabled: 'direction',
  direction: 'direction',
  issueTypeId: 'linking',
  requestTypeId: 'linking',
  linking: 'linking',
  fields: 'fields',
  statuses: 'statuses',
  comments: 'comments',
};

const LABELS: Record<string, string> = {
  enabled: 'on/off',
  direction: 'direction',
  issueTypeId: 'issue type',
  requestTypeId: 'request type',
  ticketsCreateIssues: "'Tickets create issues'",
  ticketFilter: 'ticket filter',
  statusIds: 'statuses',
  tags: 'tags',
  priorities: 'priorities',
  issuesCreateTickets: "'Issues create tickets'",
  issueJql: 'JQL filter',
  summary: 'summary',
  description: 'description',
  priority: 'priority',
  valueMap: 'value map',
  labels: 'tags and labels',
  requester: 'requester',
  ticketField: 'help-desk field',
  jiraFieldId: 'Jira field',
  type: 'type',
  toJira: 'help desk to Jira',
  toHelpdesk: 'Jira to help desk',
  publicReplies: 'public replies',
  privateNotes: 'private notes',
  jiraCommentsOut: 'Jira comments out',
  restrictedRole: 'restricted role',
};

/** Messages travel joined by "; " (see problemsMessage), so none may contain that separator. */
export const oneLine = (message: string): string => message.replace(/;\s/g, ', ').replace(/\s+/g, ' ').trim();

export function stepOf(path: readonly PropertyKey[]): SyncStep {
  return STEP_OF_TOP_LEVEL[String(path[0])] ?? 'direction';
}

/** "custom field 2, type" for ['fields', 'custom', 1, 'type']; the step itself is left out. */
function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  const rest = path[0] === 'linking' || path[0] === 'fields' || path[0] === 'statuses' || path[0] === 'comments' ? path.slice(1) : path;
  rest.forEach((segment, index) => {
    const previous = rest[index - 1];
    if (typeof segment === 'number') {
      parts[parts.length - 1] = previous === 'custom' ? `custom field ${segment + 1}` : `${parts[parts.length - 1] ?? 'item'} ${segment + 1}`;
    } else if (previous === 'valueMap' || previous === 'toJira' || previous === 'toHelpdesk') {
      parts.push(`value '${String(segment)}'`);
    } else if (segment !== 'custom') {
      parts.push(LABELS[String(segment)] ?? String(segment));
    } else {
      parts.push('custom fields');
    }
  });
  return parts.join(', ');
}

export function describeIssue(issue: z.ZodError['issues'][number]): SyncConfigProblem {
  const step = stepOf(issue.path);
  const where = describePath(issue.path);
  const message =
    issue.path.length === 0 && issue.code === 'invalid_type'
      ? 'Send the whole sync configuration.'
      : issue.code === 'unrecognized_keys'
      ? `Unknown setting${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `'${key}'`).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'}.`
      : issue.code === 'invalid_type' && issue.input === undefined
        ? `${issue.message.startsWith('Invalid input') ? 'This setting is missing.' : issue.message}`
        : issue.message;
  return { step, message: oneLine(`${SYNC_STEP_LABELS[step]}: ${where ? `${where}: ` : ''}${message}`) };
}

/** In the editor's step order (stable within a step), like the checks against Jira. */
export const describeIssues = (error: z.ZodError): SyncConfigProblem[] =>
  error.issues.map(describeIssue).sort((a, b) => SYNC_STEPS.indexOf(a.step) - SYNC_STEPS.indexOf(b.step));
