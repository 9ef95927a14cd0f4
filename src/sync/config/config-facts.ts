import { flows, type SyncConfig } from '../../shared/sync-config';
import { SYNC_STEP_LABELS, type HelpdeskOptions, type JiraFieldOption, type JiraStatusOption, type SyncConfigProblem, type SyncStep } from './editor-views';
import { oneLine } from './describe-config-issues';

/**
 * What Jira and the help desk say, as far as a config needs it: the checks in check-*.ts are pure
 * functions of a config and these facts, so every rule is tested without a server. Parts a
 * config doesn't use are not fetched (each Jira call costs rate-limit points), hence optional.
 */
export interface JiraFacts {
  project: { id: string; key: string; name: string; serviceDesk: boolean };
  issueTypes: { id: string; name: string }[];
  /** JSM projects: the desk's request types. */
  requestTypes: { id: string; name: string; issueTypeId: string }[];
  /** Fields as seen for the config's issue type (create screen; edit screen when known). */
  fields?: JiraFieldOption[];
  priorities?: { id: string; name: string }[];
  statuses?: JiraStatusOption[];
  /** Jira's objection to the JQL filter (checked only when issues create tickets). */
  jqlObjection?: string;
}

export type HelpdeskFacts = HelpdeskOptions;

/** What a config needs looked up in Jira, so only those calls are made (whatever the directions: a saved mapping is always a valid one). */
export function neededFacts(config: SyncConfig) {
  return {
    fields: config.fields.custom.length > 0 || config.linking.ticketsCreateIssues,
    /** Updates write custom fields through the edit screen. */
    editScreen: config.fields.custom.some((mapping) => reaches(config, mapping.direction, 'jira')),
    jql: config.linking.issuesCreateTickets && config.linking.issueJql.trim() !== '',
    priorities: Object.keys(config.fields.priority.valueMap).length > 0,
    statuses: Object.keys(config.statuses.toJira).length + Object.keys(config.statuses.toHelpdesk).length > 0,
  };
}

/** Whether changes of a setting with `direction` reach `side` under the integration's direction. */
export const reaches = (config: SyncConfig, direction: SyncConfig['direction'], side: 'jira' | 'helpdesk') => flows(config.direction, direction, side);

/** Collects problems for one step, each message starting with the step's name. */
export class Problems {
  readonly list: SyncConfigProblem[] = [];
  add(step: SyncStep, message: string): void {
    this.list.push({ step, message: oneLine(`${SYNC_STEP_LABELS[step]}: ${message}`) });
  }
}

/** A value as quoted in a message: short, and never able to break the message apart. */
export const quote = (value: string): string => `'${oneLine(value).slice(0, 80)}'`;
