import type { Tool } from '../../shared/roles';
import type { HelpdeskPriority } from './editor-views';

/**
 * Each help desk's priorities as its connector reports them on a ticket (`Ticket.priority`), and
 * the Jira priority each maps to by default (Jira's default priority names). Fixed per tool: the
 * vendors' priority sets are not configurable (Freshdesk, Zendesk) or are a flag (Intercom), and
 * ServiceNow derives its five from impact × urgency.
 */

interface PriorityDefault extends HelpdeskPriority {
  jira: string;
}

const PRIORITIES: Record<Tool, PriorityDefault[]> = {
  freshdesk: [
    { value: 'low', label: 'Low', jira: 'Low' },
    { value: 'medium', label: 'Medium', jira: 'Medium' },
    { value: 'high', label: 'High', jira: 'High' },
    { value: 'urgent', label: 'Urgent', jira: 'Highest' },
  ],
  zendesk: [
    { value: 'low', label: 'Low', jira: 'Low' },
    { value: 'normal', label: 'Normal', jira: 'Medium' },
    { value: 'high', label: 'High', jira: 'High' },
    { value: 'urgent', label: 'Urgent', jira: 'Highest' },
  ],
  // Intercom has no priority levels, only a "prioritized" flag, which the connector reads as high/normal.
  intercom: [
    { value: 'normal', label: 'Not prioritized', jira: 'Medium' },
    { value: 'high', label: 'Prioritized', jira: 'High' },
  ],
  servicenow: [
    { value: 'critical', label: '1 - Critical', jira: 'Highest' },
    { value: 'high', label: '2 - High', jira: 'High' },
    { value: 'moderate', label: '3 - Moderate', jira: 'Medium' },
    { value: 'low', label: '4 - Low', jira: 'Low' },
    { value: 'planning', label: '5 - Planning', jira: 'Lowest' },
  ],
  // A JSM-only integration has no help desk of its own.
  jsm: [],
};

export function helpdeskPriorities(tool: Tool): HelpdeskPriority[] {
  return PRIORITIES[tool].map(({ value, label }) => ({ value, label }));
}

/** Help-desk priority → Jira priority name, limited to the Jira priorities the site has when known. */
export function defaultPriorityMap(tool: Tool, jiraPriorityNames?: string[]): Record<string, string> {
  const known = jiraPriorityNames && new Set(jiraPriorityNames);
  return Object.fromEntries(PRIORITIES[tool].filter((priority) => !known || known.has(priority.jira)).map((priority) => [priority.value, priority.jira]));
}
