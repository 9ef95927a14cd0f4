import { invoke, view } from '@forge/bridge';
import type { NotificationSettings, NotificationSettingsState } from '../../../src/notifications/notification-rules';
import { unwrapResult } from '../api/resolver-result';

/** The notifications section's resolvers (`notifications/get`, `notifications/save`) and the site URL for previews. */
export const getNotifications = async (integrationId: string): Promise<NotificationSettingsState> =>
  unwrapResult<NotificationSettingsState>('notifications/get', await invoke('notifications/get', { integrationId }));

export const saveNotifications = async (integrationId: string, settings: NotificationSettings): Promise<NotificationSettingsState> =>
  unwrapResult<NotificationSettingsState>('notifications/save', await invoke('notifications/save', { integrationId, settings }));

/** The Jira site's address, for `{issue.url}` in previews (the server uses the one of the admin who saves). */
export async function siteUrlOf(): Promise<string> {
  const context = (await view.getContext()) as { siteUrl?: unknown };
  return typeof context.siteUrl === 'string' ? context.siteUrl : '';
}
