import { z } from 'zod';
import type { StatusProposal } from '../../sync/config/editor-views';
import { proposeStatuses as propose } from '../../sync/config/sync-config-options';
import { defineResolver } from '../define-resolver';
import { integrationIdField } from '../integration-payloads';
import { issueTypeIdField } from './get-sync-options';

/** The default status mapping both ways, by bucket, for the editor's status step to start from. */
export const proposeStatuses = defineResolver({
  key: 'sync-config/propose-statuses',
  payload: z.object({ integrationId: integrationIdField, issueTypeId: issueTypeIdField }).strict(),
  access: { action: 'integrations.view', integrationId: ({ integrationId }) => integrationId },
  handle: ({ issueTypeId }, { integration }): Promise<StatusProposal> => propose(integration!, issueTypeId),
});
