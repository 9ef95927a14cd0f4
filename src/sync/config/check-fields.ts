import type { CustomFieldMapping, SyncConfig } from '../../shared/sync-config';
import { quote, reaches, type HelpdeskFacts, type JiraFacts, type Problems } from './config-facts';
import type { JiraFieldOption } from './editor-views';

/**
 * Step 3, "Field mapping": priorities exist on both sides, each mapped Jira field exists, has the
 * mapping's type, can be set where the sync sets it (create screen for new issues, edit screen for
 * updates), select values exist, and the create screen's required fields get a value.
 */
export function checkFields(config: SyncConfig, jira: JiraFacts, helpdesk: HelpdeskFacts, problems: Problems): void {
  checkPriorities(config, jira, helpdesk, problems);
  const seen = new Set<string>();
  for (const mapping of config.fields.custom) {
    if (seen.has(mapping.jiraFieldId)) problems.add('fields', `Jira field ${quote(nameOf(mapping.jiraFieldId, jira))} is mapped twice: keep one mapping.`);
    seen.add(mapping.jiraFieldId);
    if (jira.fields) checkCustomField(config, mapping, jira, problems);
  }
  if (jira.fields && config.linking.ticketsCreateIssues) checkCreateScreen(config, jira, problems);
}

function checkPriorities(config: SyncConfig, jira: JiraFacts, helpdesk: HelpdeskFacts, problems: Problems): void {
  for (const [value, jiraName] of Object.entries(config.fields.priority.valueMap)) {
    if (!helpdesk.priorities.some((known) => known.value === value)) {
      problems.add('fields', `the help-desk priority ${quote(value)} doesn't exist: map ${helpdesk.priorities.map((known) => quote(known.value)).join(', ') || 'nothing (this help desk has no priorities)'}.`);
    }
    if (jira.priorities && !jira.priorities.some((priority) => priority.name === jiraName)) {
      problems.add('fields', `Jira has no priority ${quote(jiraName)} for the help-desk priority ${quote(value)}: pick one of ${jira.priorities.map((priority) => priority.name).join(', ')}.`);
    }
  }
}

function checkCustomField(config: SyncConfig, mapping: CustomFieldMapping, jira: JiraFacts, problems: Problems): void {
  const field = jira.fields!.find((candidate) => candidate.id === mapping.jiraFieldId);
  const issueType = issueTypeName(config, jira);
  if (!field) {
    problems.add('fields', `Jira field ${quote(mapping.jiraFieldId)} (for the help-desk field ${quote(mapping.ticketField)}) doesn't exist on this site.`);
    return;
  }
  if (field.type !== mapping.type) {
    problems.add('fields', `Jira field ${quote(field.name)} is ${describeType(field.type)} field, not ${describeType(mapping.type)} one: change the mapping's type.`);
    return;
  }
  if (reaches(config, mapping.direction, 'jira')) {
    if (config.linking.ticketsCreateIssues && !field.onCreateScreen) {
      problems.add('fields', `Jira field ${quote(field.name)} is not on the create screen of ${issueType} in ${jira.project.key}: add it there, or sync it to the help desk only.`);
    }
    if (field.onEditScreen === false) {
      problems.add('fields', `Jira field ${quote(field.name)} is not on the edit screen of ${issueType} in ${jira.project.key}: add it there, or sync it to the help desk only.`);
    }
  }
  // A select's options are known from the create screen; off it, Jira doesn't list them to check against.
  if (mapping.type === 'select') checkSelectValues(mapping, field, problems);
}

function checkSelectValues(mapping: CustomFieldMapping, field: JiraFieldOption, problems: Problems): void {
  const entries = Object.entries(mapping.valueMap ?? {});
  if (entries.length === 0) problems.add('fields', `map the help-desk values of ${quote(mapping.ticketField)} to options of Jira field ${quote(field.name)}.`);
  for (const [helpdeskValue, option] of entries) {
    if (field.options && !field.options.includes(option)) {
      problems.add('fields', `Jira field ${quote(field.name)} has no option ${quote(option)} for the help-desk value ${quote(helpdeskValue)}.`);
    }
  }
}

/** Fields Deskbridge fills itself on create, whatever the mapping. */
const SET_BY_DESKBRIDGE = new Set(['summary', 'description', 'issuetype', 'project', 'reporter', 'priority', 'labels']);

/** The system fields a mapping writes, by the setting that syncs them. */
const SYSTEM_FIELDS = [
  { id: 'summary', direction: (config: SyncConfig) => config.fields.summary },
  { id: 'description', direction: (config: SyncConfig) => config.fields.description },
  { id: 'priority', direction: (config: SyncConfig) => config.fields.priority.direction },
  { id: 'labels', direction: (config: SyncConfig) => config.fields.labels },
];

/** New issues: what the sync sets must be on the create screen, and what Jira requires must be set. */
function checkCreateScreen(config: SyncConfig, jira: JiraFacts, problems: Problems): void {
  const fields = jira.fields!;
  for (const system of SYSTEM_FIELDS) {
    const field = fields.find((candidate) => candidate.id === system.id);
    if (reaches(config, system.direction(config), 'jira') && field && !field.onCreateScreen) {
      problems.add('fields', `${field.name} is not on the create screen of ${issueTypeName(config, jira)} in ${jira.project.key}: add it there, or don't sync it to Jira.`);
    }
  }
  const mapped = new Set(config.fields.custom.filter((mapping) => reaches(config, mapping.direction, 'jira')).map((mapping) => mapping.jiraFieldId));
  for (const field of fields) {
    if (field.requiredOnCreate && !SET_BY_DESKBRIDGE.has(field.id) && !mapped.has(field.id)) {
      problems.add('fields', `Jira field ${quote(field.name)} is required to create issues in ${jira.project.key}: map a help-desk field to it, or turn off 'Tickets create issues'.`);
    }
  }
}

const issueTypeName = (config: SyncConfig, jira: JiraFacts) => jira.issueTypes.find((type) => type.id === config.issueTypeId)?.name ?? config.issueTypeId;
const nameOf = (id: string, jira: JiraFacts) => jira.fields?.find((field) => field.id === id)?.name ?? id;
const describeType = (type: string) => (type === 'other' ? 'an unsupported kind of' : type === 'date' ? 'a date' : `a ${type}`);
