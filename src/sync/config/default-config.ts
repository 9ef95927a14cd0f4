import type { Tool } from '../../shared/roles';
import type { SyncConfig } from '../../shared/sync-config';
import { defaultPriorityMap } from './helpdesk-priorities';

/**
 * The config an integration starts from the first time its editor opens: everything syncs both
 * ways, links are made by hand only (a whole help desk flooding a project is worse than a filter
 * written a minute later), and the sync stays off until the config is saved and enabled. Choices that need Jira's answers (the
 * issue type, the status mapping) are filled by the editor from `sync-config/options` and
 * `sync-config/propose-statuses`; the server checks them on save like every other setting.
 */
export function defaultSyncConfig(tool: Tool): SyncConfig {
  return {
    enabled: false,
    direction: 'both',
    issueTypeId: '',
    linking: {
      ticketsCreateIssues: false,
      ticketFilter: { statusIds: [], tags: [], priorities: [] },
      issuesCreateTickets: false,
      issueJql: '',
    },
    fields: {
      summary: 'both',
      description: 'both',
      priority: { direction: 'both', valueMap: defaultPriorityMap(tool) },
      labels: 'both',
      // The requester is the help desk's: Jira learns it (as the JSM customer, or in a field), never sets it.
      requester: 'to-jira',
      custom: [],
    },
    statuses: { direction: 'both', toJira: {}, toHelpdesk: {} },
    comments: {
      publicReplies: 'both',
      privateNotes: 'both',
      jiraCommentsOut: true,
      // Software projects restrict private notes to this role; JSM has internal comments and ignores it.
      restrictedRole: 'Administrators',
    },
  };
}
