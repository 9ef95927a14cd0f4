import type { Caller } from '../access/caller';
import { decide } from '../access/rules';
import type { IntegrationView } from '../shared/integrations';
import type { Integration } from './integration';

/**
 * The integrations the caller may see, each with what the caller may do with it. Project grants
 * for all of them are fetched in one Jira call first, so a list costs the same however long.
 */
export async function visibleViews(integrations: Integration[], caller: Caller): Promise<IntegrationView[]> {
  await caller.projectGrants(integrations.map((integration) => integration.projectId));
  const views = await Promise.all(
    integrations.map(async (integration) => {
      const target = { kind: 'integration' as const, integration };
      const [view, edit, logs, transfer] = await Promise.all(
        (['integrations.view', 'integrations.edit', 'logs.read', 'integrations.transfer'] as const).map((action) => decide(action, caller, target)),
      );
      if (!view.allowed) return undefined;
      return toView(integration, { canEdit: edit.allowed, canReadLogs: logs.allowed, canTransferOwnership: transfer.allowed });
    }),
  );
  return views.filter((view): view is IntegrationView => view !== undefined);
}

export function toView(integration: Integration, access: IntegrationView['access']): IntegrationView {
  return {
    id: integration.id,
    name: integration.name,
    tool: integration.tool,
    project: { id: integration.projectId, key: integration.projectKey },
    ownerAccountId: integration.ownerAccountId,
    connectionId: integration.connectionId,
    // Only those who can act on it (transfer ownership: Jira admins) are told the owner was erased.
    ...(integration.ownerErased && access.canTransferOwnership ? { ownerErased: true } : {}),
    createdAt: new Date(integration.createdAt).toISOString(),
    updatedAt: new Date(integration.updatedAt).toISOString(),
    access,
  };
}

/** The view of one integration the caller was just allowed to act on. */
export async function viewFor(integration: Integration, caller: Caller): Promise<IntegrationView> {
  const [view] = await visibleViews([integration], caller);
  return view ?? toView(integration, { canEdit: false, canReadLogs: false, canTransferOwnership: false });
}
