import { view } from '@forge/bridge';
import type { NotificationSettings, NotificationSettingsState } from '../../../src/notifications/notification-rules';
import { invokeResolver } from '../api/deskbridge-client';

/** The notifications section's resolvers (`notifications/get`, `notifications/save`) and the site URL for previews. */
export const getNotifications = async (integrationId: string): Promise<NotificationSettingsState> =>
  invokeResolver<NotificationSettingsState>('notifications/get', { integrationId });

export const saveNotifications = async (integrationId: string, settings: NotificationSettings): Promise<NotificationSettingsState> =>
  invokeResolver<NotificationSettingsState>('notifications/save', { integrationId, settings });

/** The Jira site's address, for `{issue.url}` in previews (the server uses the one of the admin who saves). */
export async function siteUrlOf(): Promise<string> {
  const context = (await view.getContext()) as { siteUrl?: unknown };
  return typeof context.siteUrl === 'string' ? context.siteUrl : '';
}
