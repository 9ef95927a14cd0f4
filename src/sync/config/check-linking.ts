import type { SyncConfig } from '../../shared/sync-config';
import { quote, reaches, type HelpdeskFacts, type JiraFacts, type Problems } from './config-facts';

/**
 * Step 2, "What links": the issue type (and JSM request type) new issues get, and which tickets
 * or issues create their counterpart on their own.
 */
export function checkLinking(config: SyncConfig, jira: JiraFacts, helpdesk: HelpdeskFacts, problems: Problems): void {
  const { project } = jira;
  const issueType = jira.issueTypes.find((type) => type.id === config.issueTypeId);
  if (!issueType) {
    const choices = jira.issueTypes.map((type) => type.name).join(', ');
    problems.add('linking', `issue type ${quote(config.issueTypeId)} is not one of ${project.key}'s: pick one of ${choices || 'its issue types'}.`);
  }
  checkRequestType(config, jira, issueType?.name, problems);

  const { linking } = config;
  if (linking.ticketsCreateIssues && !reaches(config, 'both', 'jira')) {
    problems.add('linking', "new tickets can't create issues while the integration syncs to the help desk only: turn off 'Tickets create issues' or change the direction.");
  }
  if (linking.issuesCreateTickets && !reaches(config, 'both', 'helpdesk')) {
    problems.add('linking', "new issues can't create tickets while the integration syncs to Jira only: turn off 'Issues create tickets' or change the direction.");
  }
  if (linking.issuesCreateTickets && linking.issueJql.trim() === '') {
    problems.add('linking', `enter the JQL filter that picks which new ${project.key} issues create tickets, or turn off 'Issues create tickets'.`);
  }
  if (linking.issuesCreateTickets && jira.jqlObjection !== undefined) {
    problems.add('linking', `Jira can't use the JQL filter: ${jira.jqlObjection.replace(/[.\s]+$/, '')}.`);
  }
  checkTicketFilter(config, helpdesk, problems);
}

function checkRequestType(config: SyncConfig, jira: JiraFacts, issueTypeName: string | undefined, problems: Problems): void {
  const { project } = jira;
  if (!project.serviceDesk) {
    if (config.requestTypeId !== undefined) problems.add('linking', `${project.key} is not a service desk: remove the request type.`);
    return;
  }
  if (config.requestTypeId === undefined) {
    problems.add('linking', `${project.key} is a service desk: pick the request type new tickets are raised as.`);
    return;
  }
  const requestType = jira.requestTypes.find((type) => type.id === config.requestTypeId);
  if (!requestType) {
    problems.add('linking', `request type ${quote(config.requestTypeId)} is not one of ${project.key}'s: pick one of ${jira.requestTypes.map((type) => type.name).join(', ') || 'its request types'}.`);
  } else if (issueTypeName !== undefined && requestType.issueTypeId !== config.issueTypeId) {
    const raises = jira.issueTypes.find((type) => type.id === requestType.issueTypeId)?.name ?? requestType.issueTypeId;
    problems.add('linking', `request type ${quote(requestType.name)} raises ${quote(raises)} issues, not ${quote(issueTypeName)}: pick the issue type ${quote(raises)}.`);
  }
}

function checkTicketFilter(config: SyncConfig, helpdesk: HelpdeskFacts, problems: Problems): void {
  const { statusIds, priorities } = config.linking.ticketFilter;
  if (statusIds.length > 0) {
    if (!helpdesk.available) {
      problems.add('linking', `the ticket filter names statuses, but the help desk's can't be read${helpdesk.note ? ` (${helpdesk.note})` : ''}.`);
    } else {
      for (const id of statusIds) {
        if (!helpdesk.statuses.some((status) => status.id === id)) problems.add('linking', `the ticket filter's status ${quote(id)} is not a status of the help desk.`);
      }
    }
  }
  for (const priority of priorities) {
    if (!helpdesk.priorities.some((known) => known.value === priority)) {
      problems.add('linking', `the ticket filter's priority ${quote(priority)} is not a help-desk priority: pick from ${helpdesk.priorities.map((known) => known.label).join(', ') || 'none (this help desk has none)'}.`);
    }
  }
}
