import { kvs } from '@forge/kvs';
import { KEY } from '../storage/keys';
import { emptyNotificationSettings, type NotificationSettings } from './notification-rules';

/**
 * An integration's notification rules, one KVS key per integration, beside its sync settings
 * rather than inside them: the sync settings are saved whole by the integration editor, which
 * validates them strictly and would refuse (or drop) a member it does not know. Kept apart, each
 * editor saves only what it owns and neither can erase the other's work.
 */
interface StoredNotifications {
  settings: NotificationSettings;
  /**
   * The Jira site's URL as the admin's own (signed) invocation context named it when saving:
   * `{issue.url}` needs it, and the trigger and queue contexts that send notifications carry none.
   */
  siteUrl: string;
  savedAt: number;
}

export async function readNotifications(integrationId: string): Promise<StoredNotifications | undefined> {
  return (await kvs.get<StoredNotifications>(KEY.notificationSettings(integrationId))) ?? undefined;
}

export async function notificationSettingsOf(integrationId: string): Promise<NotificationSettings> {
  return (await readNotifications(integrationId))?.settings ?? emptyNotificationSettings();
}

export async function writeNotifications(integrationId: string, settings: NotificationSettings, siteUrl: string): Promise<StoredNotifications> {
  const stored: StoredNotifications = { settings, siteUrl, savedAt: Date.now() };
  await kvs.set(KEY.notificationSettings(integrationId), stored);
  return stored;
}

/** When the integration is deleted: its notification rules go with it. */
export async function deleteNotifications(integrationId: string): Promise<void> {
  await kvs.delete(KEY.notificationSettings(integrationId));
}
