import { z } from 'zod';
import type { SyncConfigState } from '../../sync/config/editor-views';
import { setSyncEnabled } from '../../sync/config/sync-config-service';
import { defineResolver } from '../define-resolver';
import { integrationIdField } from '../integration-payloads';

const payload = z.object({ integrationId: integrationIdField }).strict();

/** Turns the sync on: only for settings that were saved, and so passed validation. */
export const enableSync = defineResolver({
  key: 'sync-config/enable',
  payload,
  access: { action: 'integrations.edit', integrationId: ({ integrationId }) => integrationId },
  handle: (_payload, { caller, integration }): Promise<SyncConfigState> => setSyncEnabled(integration!, true, caller.accountId),
});

/** Turns the sync off, at any time; the settings stay. */
export const disableSync = defineResolver({
  key: 'sync-config/disable',
  payload,
  access: { action: 'integrations.edit', integrationId: ({ integrationId }) => integrationId },
  handle: (_payload, { caller, integration }): Promise<SyncConfigState> => setSyncEnabled(integration!, false, caller.accountId),
});
