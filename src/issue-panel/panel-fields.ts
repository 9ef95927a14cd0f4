import type { Tool } from '../shared/roles';

/**
 * The ticket fields a Jira admin can show in the issue panel, per help desk (Apps → Manage apps →
 * Deskbridge → Issue panel). Kept as names, never values: the panel reads the values from the help
 * desk each time it loads. Shared with the admin page (static/src/issue-panel-settings), so both
 * offer the same list.
 */

export type PanelTool = Exclude<Tool, 'jsm'>;
export const PANEL_TOOLS: PanelTool[] = ['freshdesk', 'zendesk', 'intercom', 'servicenow'];

/** Fields every connector reads; a custom field is chosen as `custom:<the help desk's field name>`. */
export const PANEL_FIELDS = [
  { key: 'subject', label: 'Subject' },
  { key: 'priority', label: 'Priority' },
  { key: 'tags', label: 'Tags' },
  { key: 'requesterEmail', label: 'Requester email' },
  { key: 'createdAt', label: 'Created' },
] as const;
export type PanelFieldKey = (typeof PANEL_FIELDS)[number]['key'];

export const CUSTOM_PREFIX = 'custom:';
/** At most this many fields per tool: the panel is a narrow column. */
export const MAX_PANEL_FIELDS = 12;

export type PanelFieldSettings = Record<PanelTool, string[]>;

export const defaultPanelFields = (): PanelFieldSettings => ({
  freshdesk: ['priority', 'tags'],
  zendesk: ['priority', 'tags'],
  intercom: ['tags'],
  servicenow: ['priority'],
});

/** How a chosen field is labelled in the panel: its name, or the custom field's own name. */
export function panelFieldLabel(choice: string): string {
  if (choice.startsWith(CUSTOM_PREFIX)) return choice.slice(CUSTOM_PREFIX.length);
  return PANEL_FIELDS.find((field) => field.key === choice)?.label ?? choice;
}

/** Whether a choice names a known field or a well-formed custom field. */
export function isPanelFieldChoice(choice: string): boolean {
  if (choice.startsWith(CUSTOM_PREFIX)) return /^[\w.-]{1,64}$/.test(choice.slice(CUSTOM_PREFIX.length));
  return PANEL_FIELDS.some((field) => field.key === choice);
}
