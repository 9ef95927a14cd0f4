import { z } from 'zod';
import { integrationIdField } from '../integration-payloads';
import { decide } from '../../access/rules';
import type { NotificationSettingsState } from '../../notifications/notification-rules';
import { readNotificationState, saveNotificationSettings } from '../../notifications/notification-settings-service';
import { UserFacingError } from '../../shared/errors';
import { defineResolver } from '../define-resolver';


/**
 * An integration's notification rules, with what the editor offers (the project's statuses, the
 * help desk's ticket statuses): seen by whoever sees the integration, like its sync settings.
 */
export const getNotificationSettings = defineResolver({
  key: 'notifications/get',
  payload: z.object({ integrationId: integrationIdField }).strict(),
  access: { action: 'integrations.view', integrationId: ({ integrationId }) => integrationId },
  handle: async (_payload, { caller, integration }): Promise<NotificationSettingsState> => {
    const canEdit = (await decide('integrations.edit', caller, { kind: 'integration', integration: integration! })).allowed;
    return readNotificationState(integration!, canEdit);
  },
});

/**
 * Saves them after checking every status they name. The site URL for `{issue.url}` comes from the
 * caller's invocation context, which Forge signs: never from the payload.
 */
export const saveNotificationSettingsResolver = defineResolver({
  key: 'notifications/save',
  payload: z.object({ integrationId: integrationIdField, settings: z.unknown() }).strict(),
  access: { action: 'integrations.edit', integrationId: ({ integrationId }) => integrationId },
  handle: async ({ settings }, { caller, integration }): Promise<NotificationSettingsState> => {
    if (integration!.tool === 'jsm' || !integration!.connectionId) {
      throw new UserFacingError('invalid', 'This integration has no help-desk connection, so there is no ticket to notify.');
    }
    return saveNotificationSettings(integration!, settings, caller.context.siteUrl ?? '');
  },
});
