import { z } from 'zod';
import { appendLog } from '../../integrations/integration-log';
import { viewFor } from '../../integrations/integration-view';
import { saveIntegration } from '../../integrations/integration-store';
import type { Integration } from '../../integrations/integration';
import { checkPermissions } from '../../jira/check-permissions';
import { getUser } from '../../jira/get-user';
import { getUserGroups } from '../../jira/get-user-groups';
import { toolGroupName } from '../../shared/roles';
import { UserFacingError } from '../../shared/errors';
import type { IntegrationView } from '../../shared/integrations';
import { defineResolver } from '../define-resolver';

/** Whether a person would be able to manage the integration they are given (else they would own it blindly). */
async function mayOwn(accountId: string, integration: Integration): Promise<boolean> {
  const [permissions, groups] = await Promise.all([
    checkPermissions({
      accountId,
      globalPermissions: ['ADMINISTER'],
      projectPermissions: [{ permissions: ['ADMINISTER_PROJECTS'], projects: [Number(integration.projectId)] }],
    }),
    getUserGroups(accountId),
  ]);
  return (
    permissions.globalPermissions.includes('ADMINISTER') ||
    permissions.projectPermissions.some((grant) => grant.permission === 'ADMINISTER_PROJECTS' && (grant.projects ?? []).includes(Number(integration.projectId))) ||
    groups.some((group) => group.name === toolGroupName(integration.tool))
  );
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
