import { z } from 'zod';
import type { SyncConfigState } from '../../sync/config/editor-views';
import { saveSyncConfig as save } from '../../sync/config/sync-config-service';
import { defineResolver } from '../define-resolver';
import { integrationIdField } from '../integration-payloads';

/**
 * Saves an integration's sync settings after validating all of them against Jira and the help
 * desk. The config is checked by the service, not here, so its problems come back named by
 * editor step ("fields: Field mapping: …; statuses: Status mapping: …") rather than by payload path.
 */
export const saveSyncConfig = defineResolver({
  key: 'sync-config/save',
  payload: z.object({ integrationId: integrationIdField, config: z.unknown() }).strict(),
  access: { action: 'integrations.edit', integrationId: ({ integrationId }) => integrationId },
  handle: ({ config }, { caller, integration }): Promise<SyncConfigState> => save(integration!, config, caller.accountId),
});
