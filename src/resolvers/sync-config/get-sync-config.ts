import { z } from 'zod';
import { integrationIdField } from '../integration-payloads';
import { decide } from '../../access/rules';
import type { SyncConfigState } from '../../sync/config/editor-views';
import { readSyncConfigState } from '../../sync/config/sync-config-service';
import { defineResolver } from '../define-resolver';


/**
 * An integration's sync settings for its editor: the saved config, or the defaults before the
 * first save. Whoever may see the integration may see them; `canEdit` says whether they may change them.
 */
export const getSyncConfig = defineResolver({
  key: 'sync-config/get',
  payload: z.object({ integrationId: integrationIdField }).strict(),
  access: { action: 'integrations.view', integrationId: ({ integrationId }) => integrationId },
  handle: async (_payload, { caller, integration }): Promise<SyncConfigState> => {
    const edit = await decide('integrations.edit', caller, { kind: 'integration', integration: integration! });
    return readSyncConfigState(integration!, edit.allowed);
  },
});
