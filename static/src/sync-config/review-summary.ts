import type { Tool } from '../../../src/shared/roles';
import type { Direction, SyncConfig } from '../../../src/shared/sync-config';
import { SYNC_STEP_LABELS, type SyncStep } from '../../../src/sync/config/editor-views';
import { TOOL_LABELS } from '../access/page-access';
import { directionLabel } from './direction-labels';

/**
 * The review step's plain-language summary of a config, one section per step. Ids are named
 * from what the editor loaded; an id it could not name is shown as it is (the server's check
 * says whether it exists).
 */

export interface ReviewNames {
  projectKey: string;
  serviceDesk: boolean;
  issueTypes: Record<string, string>;
  requestTypes: Record<string, string>;
  jiraStatuses: Record<string, string>;
  helpdeskStatuses: Record<string, string>;
  jiraFields: Record<string, string>;
  helpdeskPriorities: Record<string, string>;
}

export interface ReviewSection {
  step: SyncStep;
  title: string;
  lines: string[];
}

const nameIn = (names: Record<string, string>, id: string) => names[id] ?? id;
const pairs = (map: Record<string, string>, from: Record<string, string>, to: Record<string, string>) =>
  Object.entries(map).map(([key, value]) => `${nameIn(from, key)} → ${nameIn(to, value)}`).join(', ') || 'nothing mapped';

export function reviewSections(config: SyncConfig, tool: Tool, names: ReviewNames): ReviewSection[] {
  const desk = TOOL_LABELS[tool];
  const way = (direction: Direction) => directionLabel(direction, tool);
  const { linking, fields, statuses, comments } = config;
  const filter = linking.ticketFilter;
  const conditions = [
    filter.statusIds.length ? `status ${filter.statusIds.map((id) => nameIn(names.helpdeskStatuses, id)).join(' or ')}` : '',
    filter.tags.length ? `tagged ${filter.tags.join(' or ')}` : '',
    filter.priorities.length ? `priority ${filter.priorities.map((id) => nameIn(names.helpdeskPriorities, id)).join(' or ')}` : '',
  ].filter(Boolean);
  const section = (step: SyncStep, lines: string[]): ReviewSection => ({ step, title: SYNC_STEP_LABELS[step], lines });
  return [
    section('direction', [`Changes sync: ${way(config.direction)}.`, config.enabled ? 'The sync is on.' : 'The sync is off until you enable it.']),
    section('linking', [
      config.requestTypeId !== undefined
        ? `New issues are raised as the request type ${nameIn(names.requestTypes, config.requestTypeId)} (${nameIn(names.issueTypes, config.issueTypeId)}).`
        : `New issues in ${names.projectKey} are of type ${nameIn(names.issueTypes, config.issueTypeId) || '(none picked)'}.`,
      linking.ticketsCreateIssues
        ? `New ${desk} tickets create issues${conditions.length ? `: only those with ${conditions.join(', ')}` : ': all of them'}.`
        : `New ${desk} tickets don't create issues on their own.`,
      linking.issuesCreateTickets ? `New ${names.projectKey} issues matching "${linking.issueJql.trim()}" create tickets.` : `New ${names.projectKey} issues don't create tickets on their own.`,
      ...(!linking.ticketsCreateIssues && !linking.issuesCreateTickets ? ['Tickets and issues are linked by hand only.'] : []),
    ]),
    section('fields', [
      `Summary: ${way(fields.summary)}.`,
      `Description: ${way(fields.description)}.`,
      `Priority: ${way(fields.priority.direction)}${fields.priority.direction === 'none' ? '' : `: ${pairs(fields.priority.valueMap, names.helpdeskPriorities, {})}`}.`,
      `Tags and labels: ${way(fields.labels)}.`,
      `Requester: ${way(fields.requester)}.`,
      ...(fields.custom.length === 0 ? ['No custom fields mapped.'] : []),
      ...fields.custom.map(
        (mapping) =>
          `${mapping.ticketField} ↔ ${nameIn(names.jiraFields, mapping.jiraFieldId)} (${mapping.type}): ${way(mapping.direction)}` +
          (mapping.type === 'select' ? `, values ${pairs(mapping.valueMap ?? {}, {}, {})}.` : '.'),
      ),
    ]),
    section('statuses', [
      `Statuses: ${way(statuses.direction)}.`,
      `${desk} → Jira: ${pairs(statuses.toJira, names.helpdeskStatuses, names.jiraStatuses)}.`,
      `Jira → ${desk}: ${pairs(statuses.toHelpdesk, names.jiraStatuses, names.helpdeskStatuses)}.`,
    ]),
    section('comments', [
      `Public replies: ${way(comments.publicReplies)}.`,
      `Private notes: ${way(comments.privateNotes)}${names.serviceDesk ? ', as internal comments' : `, as comments restricted to the role ${comments.restrictedRole.trim() || '(none named)'}`}.`,
      comments.jiraCommentsOut ? `Jira comments go out to ${desk}.` : `Jira comments stay in Jira.`,
    ]),
  ];
}
