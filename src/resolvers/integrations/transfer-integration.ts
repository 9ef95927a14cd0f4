import { z } from 'zod';
import { appendLog } from '../../integrations/integration-log';
import { viewFor } from '../../integrations/integration-view';
import { saveIntegration } from '../../integrations/integration-store';
import type { Integration } from '../../integrations/integration';
import { Caller } from '../../access/caller';
import { decide } from '../../access/rules';
import { getUser } from '../../jira/get-user';
import { toolGroupName } from '../../shared/roles';
import { UserFacingError } from '../../shared/errors';
import type { IntegrationView } from '../../shared/integrations';
import { defineResolver } from '../define-resolver';

/**
 * Whether the new owner could manage the integration once it is theirs, by the same rules every
 * resolver enforces (else they would own something they can neither see nor edit).
 */
async function mayOwn(accountId: string, integration: Integration): Promise<boolean> {
  const owner = new Caller({ accountId });
  return (await decide('integrations.edit', owner, { kind: 'integration', integration: { ...integration, ownerAccountId: accountId } })).allowed;
}

/** Hands an integration to another person (Jira admins only), e.g. when its owner leaves. */
export const transferIntegration = defineResolver({
  key: 'integrations/transfer',
  payload: z.object({ id: z.string().uuid('Unknown integration.'), ownerAccountId: z.string().min(1, 'Pick the new owner.') }).strict(),
  access: { action: 'integrations.transfer', integrationId: ({ id }) => id },
  handle: async ({ ownerAccountId }, { caller, integration }): Promise<IntegrationView> => {
    const owner = await getUser(ownerAccountId);
    if (!owner || !owner.active || owner.accountType !== 'atlassian') {
      throw new UserFacingError('invalid', 'ownerAccountId: The new owner must be an active Jira user. Pick another person.');
    }
    if (!(await mayOwn(ownerAccountId, integration!))) {
      throw new UserFacingError(
        'invalid',
        `ownerAccountId: ${owner.displayName} could not see or edit this integration. Add them to ${toolGroupName(integration!.tool)} (or make them an admin of ${integration!.projectKey}) first.`,
      );
    }
    // A person owns it again: the "owner erased" flag (set when a closed owner was replaced by the app) goes.
    const { ownerErased: _wasErased, ...rest } = integration!;
    const updated = { ...rest, ownerAccountId, updatedAt: Date.now() };
    await saveIntegration(updated);
    // The accounts go in fields of the sealed entry, never in its text, so erasure can replace them.
    await appendLog(updated.id, {
      action: 'integration.owner-transferred',
      result: 'ok',
      actorAccountId: caller.accountId,
      detail: 'Ownership transferred',
      about: { from: integration!.ownerAccountId, to: ownerAccountId },
    });
    return viewFor(updated, caller);
  },
});
