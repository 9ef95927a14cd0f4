import { z } from 'zod';
import { appendLog } from '../../integrations/integration-log';
import { viewFor } from '../../integrations/integration-view';
import { saveIntegration } from '../../integrations/integration-store';
import { getUser } from '../../jira/get-user';
import { UserFacingError } from '../../shared/errors';
import type { IntegrationView } from '../../shared/integrations';
import { defineResolver } from '../define-resolver';

/** Hands an integration to another person (Jira admins only), e.g. when its owner leaves. */
export const transferIntegration = defineResolver({
  key: 'integrations/transfer',
  payload: z.object({ id: z.string().uuid('Unknown integration.'), ownerAccountId: z.string().min(1, 'Pick the new owner.') }).strict(),
  access: { action: 'integrations.transfer', integrationId: ({ id }) => id },
  handle: async ({ ownerAccountId }, { caller, integration }): Promise<IntegrationView> => {
    const owner = await getUser(ownerAccountId);
    if (!owner || !owner.active || owner.accountType !== 'atlassian') {
      throw new UserFacingError('invalid', 'The new owner must be an active Jira user. Pick another person.');
    }
    const updated = { ...integration!, ownerAccountId, updatedAt: Date.now() };
    await saveIntegration(updated);
    await appendLog(updated.id, {
      action: 'integration.owner-transferred',
      result: 'ok',
      actorAccountId: caller.accountId,
      detail: `Ownership transferred from ${integration!.ownerAccountId} to ${ownerAccountId}`,
    });
    return viewFor(updated, caller);
  },
});
