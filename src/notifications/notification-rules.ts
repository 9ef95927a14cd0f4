/**
 * Notifications back to the help desk: which Jira changes add a note or a public reply to the
 * linked ticket, and what it says. Pure and free of Forge imports, because the Custom UI
 * (static/src/notifications) renders its preview with the very same functions the consumer sends
 * with: what the admin previews is exactly what the customer gets.
 */

/** The Jira fields whose change can notify, besides the status (Jira changelog `fieldId`s). */
export const NOTIFY_FIELDS = ['fixVersions', 'assignee'] as const;
export type NotifyField = (typeof NOTIFY_FIELDS)[number];

export type NotificationTrigger =
  /** The issue moved into this Jira status (a workflow transition). */
  | { kind: 'status'; statusId: string }
  /** The field got a new value (a fix version added, an assignee set). */
  | { kind: 'field'; field: NotifyField };

export interface NotificationRule {
  /** Stable across edits: part of the idempotency key, so renaming a template never resends. */
  id: string;
  when: NotificationTrigger;
  /** A public reply (the customer reads it) or a private note (agents only). */
  visibility: 'public' | 'private';
  template: string;
  /** Help-desk status id to set on the ticket after writing, if any. */
  setTicketStatusId?: string;
}

export interface NotificationSettings {
  enabled: boolean;
  rules: NotificationRule[];
}

/** What the notifications section of an integration's editor receives (static/src/notifications). */
export interface NotificationOptions {
  /** The statuses of the integration's project, for "when the issue moves to …". */
  jiraStatuses: { id: string; name: string }[];
  /** The help desk's ticket statuses, for "then set the ticket to …"; empty when it could not be read. */
  ticketStatuses: { id: string; name: string }[];
  /** Why the ticket statuses are missing, when they are. */
  ticketStatusesNote?: string;
}

export interface NotificationSettingsState {
  integrationId: string;
  settings: NotificationSettings;
  /** Whether the caller may change them (the server checks again on save). */
  canEdit: boolean;
  savedAt?: string;
  options: NotificationOptions;
}

export const emptyNotificationSettings = (): NotificationSettings => ({ enabled: false, rules: [] });

/** What a template may say; anything else in braces is refused on save. */
export const PLACEHOLDERS = ['issue.key', 'issue.status', 'issue.url', 'issue.summary', 'fixVersion'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Partial<Record<Placeholder, string>>;

const PLACEHOLDER_PATTERN = /\{([^{}\s]+)\}/g;

/** Placeholders a template names that Deskbridge does not know (empty when it is fine). */
export function unknownPlaceholders(template: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  return [...template.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]).filter((name) => !known.has(name));
}

/** The template with its placeholders filled; a value the change does not have reads as "(none)". */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template.replace(PLACEHOLDER_PATTERN, (whole, name: string) =>
    (PLACEHOLDERS as readonly string[]).includes(name) ? (values[name as Placeholder] ?? '(none)') : whole,
  );
}

/** One changed field of a Jira `avi:jira:updated:issue` event (`changelog.items`). */
export interface ChangelogItem {
  field?: string;
  fieldId?: string;
  from?: string | null;
  fromString?: string | null;
  to?: string | null;
  toString?: string | null;
}

/**
 * The rules one change triggers, each with the changelog item that triggered it. A status rule
 * fires on a move into its status; a field rule when the field got a value (an assignee removed
 * or a fix version taken off is not news to a customer).
 */
export function matchingRules(settings: NotificationSettings, items: ChangelogItem[]): { rule: NotificationRule; item: ChangelogItem }[] {
  if (!settings.enabled) return [];
  return settings.rules.flatMap((rule) => {
    const item = items.find((candidate) => triggers(rule.when, candidate));
    return item ? [{ rule, item }] : [];
  });
}

function triggers(when: NotificationTrigger, item: ChangelogItem): boolean {
  const fieldId = item.fieldId ?? item.field;
  if (when.kind === 'status') return fieldId === 'status' && item.to === when.statusId;
  return fieldId === when.field && item.to !== null && item.to !== undefined && item.to !== '';
}
