import type { SyncLink } from '../sync/links/link';
import type { NotificationJob } from './notification-job';
import { pushNotificationJobs } from './notification-job';
import { matchingRules, type ChangelogItem } from './notification-rules';
import { notificationSettingsOf } from './notification-store';

/** The part of an `avi:jira:updated:issue` event notifications read (https://developer.atlassian.com/platform/forge/events-reference/jira/). */
export interface NotifiableEvent {
  eventType: string;
  issue: { id: string };
  changelog?: { id?: string; items?: ChangelogItem[] };
}

/**
 * Called by the Jira issue trigger with the event and the issue's links: finds the rules the
 * change triggers and queues one job per rule and linked ticket. Nothing is sent here: writing to
 * a help desk can be slow or fail, and the trigger must stay quick and never lose its sync work;
 * the `deskbridge-notifications` queue sends (and retries) them. One KVS read per integration.
 */
export async function handleNotifications(event: NotifiableEvent, links: SyncLink[]): Promise<void> {
  const changelogId = event.changelog?.id;
  const items = event.changelog?.items ?? [];
  if (event.eventType !== 'avi:jira:updated:issue' || !changelogId || items.length === 0 || links.length === 0) return;
  const jobs: NotificationJob[] = [];
  const settingsByIntegration = new Map<string, Awaited<ReturnType<typeof notificationSettingsOf>>>();
  for (const link of links) {
    if (!settingsByIntegration.has(link.integrationId)) settingsByIntegration.set(link.integrationId, await notificationSettingsOf(link.integrationId));
    for (const { rule, item } of matchingRules(settingsByIntegration.get(link.integrationId)!, items)) {
      jobs.push({
        integrationId: link.integrationId,
        ticketId: link.ticketId,
        issueId: event.issue.id,
        changelogId,
        ruleId: rule.id,
        // The status's or version's name; never an assignee's name (a person's data has no place in the queue).
        ...(item.toString && (rule.when.kind === 'status' || rule.when.field === 'fixVersions') ? { newValue: item.toString } : {}),
      });
    }
  }
  if (jobs.length > 0) await pushNotificationJobs(jobs);
}
