import type { SyncConfig } from '../../src/shared/sync-config';

/**
 * Sync configs the access table and the sync-config tests save: valid against the seeded site
 * (SUP: a service desk, request type "Get IT help" raising Service Requests; ENG: a software
 * project with Task and Bug) and the Freshdesk sandbox. The minimal ones refer to nothing that
 * needs looking up beyond the project, so saving one costs exactly the project's three Jira calls.
 */

const base = (): Omit<SyncConfig, 'issueTypeId'> => ({
  enabled: false,
  direction: 'both',
  linking: { ticketsCreateIssues: false, ticketFilter: { statusIds: [], tags: [], priorities: [] }, issuesCreateTickets: false, issueJql: '' },
  fields: { summary: 'both', description: 'both', priority: { direction: 'none', valueMap: {} }, labels: 'both', requester: 'to-jira', custom: [] },
  statuses: { direction: 'none', toJira: {}, toHelpdesk: {} },
  comments: { publicReplies: 'both', privateNotes: 'both', jiraCommentsOut: true, restrictedRole: 'Administrators' },
});

/** SUP, nothing mapped that needs Jira's fields, priorities or statuses. */
export const minimalSupConfig = (): SyncConfig => ({ ...base(), issueTypeId: '10100', requestTypeId: '10' });

/** ENG (Task), nothing mapped that needs Jira's fields, priorities or statuses. */
export const minimalEngConfig = (): SyncConfig => ({ ...base(), issueTypeId: '10101' });

/** SUP with everything the editor offers, mapped as the seeded site and the Freshdesk sandbox allow. */
export const fullSupConfig = (): SyncConfig => ({
  ...minimalSupConfig(),
  linking: { ticketsCreateIssues: true, ticketFilter: { statusIds: ['2'], tags: ['vip'], priorities: ['urgent'] }, issuesCreateTickets: true, issueJql: 'labels = customer' },
  fields: {
    summary: 'both',
    description: 'both',
    priority: { direction: 'both', valueMap: { low: 'Low', medium: 'Medium', high: 'High', urgent: 'Highest' } },
    labels: 'both',
    requester: 'to-jira',
    custom: [
      { ticketField: 'cf_region', jiraFieldId: 'customfield_10100', type: 'text', direction: 'both' },
      { ticketField: 'cf_plan', jiraFieldId: 'customfield_10103', type: 'select', direction: 'both', valueMap: { gold: 'Premium', silver: 'Standard', bronze: 'Free' } },
    ],
  },
  statuses: {
    direction: 'both',
    toJira: { '2': '4', '3': '10011', '4': '5', '5': '6' },
    toHelpdesk: { '10010': '2', '3': '2', '10011': '3', '5': '4', '6': '5', '4': '2' },
  },
});
