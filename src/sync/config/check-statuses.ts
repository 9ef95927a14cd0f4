import type { SyncConfig } from '../../shared/sync-config';
import { quote, reaches, type HelpdeskFacts, type JiraFacts, type Problems } from './config-facts';

/**
 * Step 4, "Status mapping": every mapped status exists on its side, and, for the help desk → Jira
 * mapping the sync follows, some workflow transition leads to each target (Jira moves issues
 * only through transitions, so a status nothing leads to can never be reached).
 */
export function checkStatuses(config: SyncConfig, jira: JiraFacts, helpdesk: HelpdeskFacts, problems: Problems): void {
  const { toJira, toHelpdesk } = config.statuses;
  const mapped = Object.keys(toJira).length + Object.keys(toHelpdesk).length > 0;
  if (!mapped) {
    if (config.statuses.direction !== 'none' && config.direction !== 'none') {
      problems.add('statuses', "map at least one status, or set the status direction to 'none'.");
    }
    return;
  }
  if (!helpdesk.available) {
    problems.add('statuses', `the help desk's statuses can't be read${helpdesk.note ? ` (${helpdesk.note})` : ''}, so the mapping can't be checked.`);
  }
  const jiraStatus = (id: string) => jira.statuses?.find((status) => status.id === id);
  const helpdeskStatus = (id: string) => helpdesk.statuses.find((status) => status.id === id);
  const toJiraFollowed = reaches(config, config.statuses.direction, 'jira');
  const unreachable = new Set<string>();

  for (const [helpdeskId, jiraId] of Object.entries(toJira)) {
    if (helpdesk.available && !helpdeskStatus(helpdeskId)) problems.add('statuses', `${quote(helpdeskId)} is not a status of the help desk.`);
    const target = jiraStatus(jiraId);
    if (jira.statuses && !target) {
      problems.add('statuses', `${quote(jiraId)} (for the help-desk status ${quote(helpdeskStatus(helpdeskId)?.name ?? helpdeskId)}) is not a status of ${jira.project.key}.`);
    } else if (target && toJiraFollowed && !target.reachable && !unreachable.has(target.id)) {
      unreachable.add(target.id);
      problems.add('statuses', `no transition leads to ${quote(target.name)} in ${jira.project.key}'s workflow: map to a status a transition leads to.`);
    }
  }
  for (const [jiraId, helpdeskId] of Object.entries(toHelpdesk)) {
    if (jira.statuses && !jiraStatus(jiraId)) problems.add('statuses', `${quote(jiraId)} is not a status of ${jira.project.key}.`);
    if (helpdesk.available && !helpdeskStatus(helpdeskId)) {
      problems.add('statuses', `${quote(helpdeskId)} (for the Jira status ${quote(jiraStatus(jiraId)?.name ?? jiraId)}) is not a status of the help desk.`);
    }
  }
}

/** Step 5, "Comments": a software project restricts private notes to a project role, which must be named. */
export function checkComments(config: SyncConfig, jira: JiraFacts, problems: Problems): void {
  const { comments } = config;
  if (!jira.project.serviceDesk && reaches(config, comments.privateNotes, 'jira') && comments.restrictedRole.trim() === '') {
    problems.add('comments', `${jira.project.key} is not a service desk, so private notes become comments restricted to a project role: name the role.`);
  }
}
