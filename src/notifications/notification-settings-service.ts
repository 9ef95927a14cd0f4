import type { Integration } from '../integrations/integration';
import { listProjectStatuses } from '../jira/list-project-statuses';
import { UserFacingError } from '../shared/errors';
import { readHelpdeskFacts } from '../sync/config/helpdesk-facts';
import type { NotificationOptions, NotificationSettings, NotificationSettingsState } from './notification-rules';
import { notificationSettingsSchema } from './notification-schema';
import { readNotifications, writeNotifications } from './notification-store';

/**
 * Reading and saving an integration's notification rules. A save is checked like the sync
 * settings are: first the shape, then every status it names against Jira and the help desk, and
 * nothing is stored unless all of it holds (a rule naming a status that no longer exists would
 * otherwise never fire, silently).
 */
export async function readNotificationState(integration: Integration, canEdit: boolean): Promise<NotificationSettingsState> {
  const [stored, options] = await Promise.all([readNotifications(integration.id), readOptions(integration)]);
  return {
    integrationId: integration.id,
    settings: stored?.settings ?? { enabled: false, rules: [] },
    canEdit,
    ...(stored ? { savedAt: new Date(stored.savedAt).toISOString() } : {}),
    options,
  };
}

export async function saveNotificationSettings(integration: Integration, raw: unknown, siteUrl: string): Promise<NotificationSettingsState> {
  const parsed = notificationSettingsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new UserFacingError('invalid', parsed.error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; '));
  }
  const settings: NotificationSettings = parsed.data;
  const options = await readOptions(integration);
  const problems = referenceProblems(settings, options);
  if (problems.length > 0) throw new UserFacingError('invalid', problems.join(' '));
  const stored = await writeNotifications(integration.id, settings, siteUrl);
  return { integrationId: integration.id, settings, canEdit: true, savedAt: new Date(stored.savedAt).toISOString(), options };
}

function referenceProblems(settings: NotificationSettings, options: NotificationOptions): string[] {
  const jira = new Set(options.jiraStatuses.map((status) => status.id));
  const ticket = new Set(options.ticketStatuses.map((status) => status.id));
  return settings.rules.flatMap((rule, index) => {
    const found: string[] = [];
    if (rule.when.kind === 'status' && !jira.has(rule.when.statusId)) {
      found.push(`Rule ${index + 1}: the project has no status with id ${rule.when.statusId}; pick one of its statuses.`);
    }
    if (rule.setTicketStatusId && !ticket.has(rule.setTicketStatusId)) {
      found.push(
        options.ticketStatusesNote
          ? `Rule ${index + 1}: the ticket status can't be checked (${options.ticketStatusesNote}); fix that or don't set a ticket status.`
          : `Rule ${index + 1}: the help desk has no ticket status with id ${rule.setTicketStatusId}.`,
      );
    }
    return found;
  });
}

/** The project's statuses (one Jira call) and the help desk's (one help-desk call, where it has a list). */
async function readOptions(integration: Integration): Promise<NotificationOptions> {
  const [types, helpdesk] = await Promise.all([listProjectStatuses(integration.projectId), readHelpdeskFacts(integration)]);
  const jiraStatuses = new Map<string, string>();
  for (const type of types) for (const status of type.statuses) jiraStatuses.set(status.id, status.name);
  return {
    jiraStatuses: [...jiraStatuses].map(([id, name]) => ({ id, name })),
    ticketStatuses: helpdesk.statuses.map(({ id, name }) => ({ id, name })),
    ...(helpdesk.available ? {} : { ticketStatusesNote: helpdesk.note ?? 'the help desk did not answer' }),
  };
}
