import type { SyncConfig } from '../../../../src/shared/sync-config';
import type { HelpdeskFacts, JiraFacts } from '../../../../src/sync/config/config-facts';
import { defaultSyncConfig } from '../../../../src/sync/config/default-config';
import { helpdeskPriorities } from '../../../../src/sync/config/helpdesk-priorities';

/** What Jira says about a software project ENG (issue types Task and Bug) and a Freshdesk account. */
export const ENG_FACTS: JiraFacts = {
  project: { id: '10001', key: 'ENG', name: 'Engineering', serviceDesk: false },
  issueTypes: [
    { id: '10101', name: 'Task' },
    { id: '10102', name: 'Bug' },
  ],
  requestTypes: [],
  fields: [
    { id: 'summary', name: 'Summary', type: 'text', onCreateScreen: true, requiredOnCreate: true },
    { id: 'description', name: 'Description', type: 'text', onCreateScreen: true, requiredOnCreate: false },
    { id: 'priority', name: 'Priority', type: 'other', onCreateScreen: true, requiredOnCreate: false },
    { id: 'labels', name: 'Labels', type: 'other', onCreateScreen: true, requiredOnCreate: false },
    { id: 'customfield_10100', name: 'Region', type: 'text', onCreateScreen: true, onEditScreen: true, requiredOnCreate: false },
    { id: 'customfield_10101', name: 'Seats', type: 'number', onCreateScreen: false, onEditScreen: true, requiredOnCreate: false },
    { id: 'customfield_10103', name: 'Plan', type: 'select', options: ['Free', 'Standard', 'Premium'], onCreateScreen: true, requiredOnCreate: false },
  ],
  priorities: ['Highest', 'High', 'Medium', 'Low', 'Lowest'].map((name, index) => ({ id: String(index + 1), name })),
  statuses: [
    { id: '10020', name: 'To Do', category: 'new', bucket: 'new', reachable: true },
    { id: '3', name: 'In Progress', category: 'indeterminate', bucket: 'in-progress', reachable: true },
    { id: '10021', name: 'Done', category: 'done', bucket: 'resolved', reachable: false },
  ],
};

export const SUP_FACTS: JiraFacts = {
  project: { id: '10000', key: 'SUP', name: 'Support', serviceDesk: true },
  issueTypes: [{ id: '10100', name: 'Service Request' }],
  requestTypes: [
    { id: '10', name: 'Get IT help', issueTypeId: '10100' },
    { id: '11', name: 'Report a bug', issueTypeId: '10100' },
  ],
};

export const FRESHDESK_FACTS: HelpdeskFacts = {
  available: true,
  statuses: [
    { id: '2', name: 'Open', bucket: 'new' },
    { id: '3', name: 'Pending', bucket: 'waiting' },
    { id: '4', name: 'Resolved', bucket: 'resolved' },
    { id: '5', name: 'Closed', bucket: 'resolved' },
  ],
  priorities: helpdeskPriorities('freshdesk'),
};

/** A config for ENG that passes every check: Done is mapped one way only (Jira → help desk). */
export function goodEngConfig(): SyncConfig {
  const config = defaultSyncConfig('freshdesk');
  return {
    ...config,
    issueTypeId: '10101',
    linking: { ticketsCreateIssues: true, ticketFilter: { statusIds: ['2'], tags: ['vip'], priorities: ['urgent'] }, issuesCreateTickets: true, issueJql: 'labels = support' },
    fields: {
      ...config.fields,
      custom: [
        { ticketField: 'cf_region', jiraFieldId: 'customfield_10100', type: 'text', direction: 'both' },
        { ticketField: 'cf_plan', jiraFieldId: 'customfield_10103', type: 'select', direction: 'to-jira', valueMap: { gold: 'Premium', silver: 'Standard' } },
        { ticketField: 'cf_seats', jiraFieldId: 'customfield_10101', type: 'number', direction: 'to-helpdesk' },
      ],
    },
    statuses: { direction: 'both', toJira: { '2': '10020', '3': '3' }, toHelpdesk: { '10020': '2', '3': '2', '10021': '4' } },
  };
}
