import { listIntegrationsOwnedBy, saveIntegration } from './integration-store';

/**
 * Hands the integrations a closed account owned to the app's own account, flagged `ownerErased`
 * so a Jira admin sees them and gives them to a person. The integration keeps running: a closed
 * owner is no reason to stop syncing tickets. `transfer-integration` clears the flag.
 */
export async function reassignIntegrationsOf(accountId: string, appAccountId: string): Promise<number> {
  const owned = await listIntegrationsOwnedBy(accountId);
  for (const integration of owned) {
    await saveIntegration({ ...integration, ownerAccountId: appAccountId, ownerErased: true, updatedAt: Date.now() });
  }
  return owned.length;
}
