import {
  NOTIFY_FIELDS,
  renderTemplate,
  type NotificationOptions,
  type NotificationRule,
  type NotificationTrigger,
  type NotifyField,
  type TemplateValues,
} from '../../../src/notifications/notification-rules';

/**
 * The notifications editor's pure parts: one select value per trigger, a new rule's defaults,
 * and the preview, which renders with the server's own template function and example values,
 * so what the admin reads before saving is what the customer will get.
 */

const FIELD_LABELS: Record<NotifyField, string> = { fixVersions: 'A fix version is added', assignee: 'The issue is assigned' };

export const triggerValue = (when: NotificationTrigger): string => (when.kind === 'status' ? `status:${when.statusId}` : `field:${when.field}`);

export function parseTrigger(value: string): NotificationTrigger | undefined {
  const [kind, rest] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  if (kind === 'status' && rest) return { kind: 'status', statusId: rest };
  if (kind === 'field' && (NOTIFY_FIELDS as readonly string[]).includes(rest)) return { kind: 'field', field: rest as NotifyField };
  return undefined;
}

export function triggerOptions(options: NotificationOptions) {
  return [
    ...options.jiraStatuses.map((status) => ({ value: `status:${status.id}`, label: `The issue moves to ${status.name}` })),
    ...NOTIFY_FIELDS.map((field) => ({ value: `field:${field}`, label: FIELD_LABELS[field] })),
  ];
}

/** An id no other rule has: rules keep it for life, so editing a rule never makes it fire twice for one change. */
export function newRuleId(rules: NotificationRule[]): string {
  const taken = new Set(rules.map((rule) => rule.id));
  let index = rules.length + 1;
  while (taken.has(`rule-${index}`)) index += 1;
  return `rule-${index}`;
}

export function newRule(rules: NotificationRule[], options: NotificationOptions): NotificationRule {
  const done = options.jiraStatuses.find((status) => /^(done|resolved|closed)$/i.test(status.name)) ?? options.jiraStatuses[0];
  return {
    id: newRuleId(rules),
    when: done ? { kind: 'status', statusId: done.id } : { kind: 'field', field: 'fixVersions' },
    visibility: 'public',
    template: 'Your request {issue.key} is now {issue.status}: {issue.url}',
  };
}

/** What the placeholders would say for a change this rule fires on, with an example issue. */
export function exampleValues(rule: NotificationRule, options: NotificationOptions, siteUrl: string, projectKey: string): TemplateValues {
  const key = `${projectKey}-123`;
  const status = rule.when.kind === 'status' ? options.jiraStatuses.find((candidate) => candidate.id === (rule.when as { statusId: string }).statusId)?.name : undefined;
  return {
    'issue.key': key,
    'issue.status': status ?? 'In Progress',
    'issue.url': `${siteUrl.replace(/\/$/, '') || 'https://your-site.atlassian.net'}/browse/${key}`,
    'issue.summary': 'Export to CSV is empty',
    ...(rule.when.kind === 'field' && rule.when.field === 'fixVersions' ? { fixVersion: '2.4.1' } : {}),
  };
}

export const previewOf = (rule: NotificationRule, options: NotificationOptions, siteUrl: string, projectKey: string): string =>
  renderTemplate(rule.template, exampleValues(rule, options, siteUrl, projectKey));
