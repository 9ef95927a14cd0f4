import type { CreateIntegrationPayload, IntegrationView } from '../../../src/shared/integrations';
import {
  createIntegration,
  deleteIntegration,
  notifySuccess,
  renameIntegration,
  transferIntegration,
} from '../api/deskbridge-client';
import { useAction, type Action } from '../hooks/use-action';

/**
 * The changes the Integrations panel can make. Each one, once the server accepted it, confirms
 * it with a Jira flag and lists the integrations again, so the table shows what the server now
 * holds (including the caller's access to each row) rather than a guess.
 */
export interface IntegrationChanges {
  create: Action<[CreateIntegrationPayload], IntegrationView>;
  rename: Action<[IntegrationView, string], IntegrationView>;
  remove: Action<[IntegrationView], { id: string }>;
  transfer: Action<[IntegrationView, string], IntegrationView>;
  /** A change is running: every other button waits. */
  busy: boolean;
}

export function useIntegrationChanges(reload: () => Promise<void>): IntegrationChanges {
  const create = useAction(async (payload: CreateIntegrationPayload) => {
    const created = await createIntegration(payload);
    notifySuccess('Integration created', `"${created.name}" now connects ${created.project.key}.`);
    await reload();
    return created;
  });

  const rename = useAction(async (integration: IntegrationView, name: string) => {
    const renamed = await renameIntegration({ id: integration.id, name });
    notifySuccess('Integration renamed', `"${integration.name}" is now "${renamed.name}".`);
    await reload();
    return renamed;
  });

  const remove = useAction(async (integration: IntegrationView) => {
    const deleted = await deleteIntegration(integration.id);
    notifySuccess('Integration deleted', `"${integration.name}" and its log are gone; linked tickets and issues are unchanged.`);
    await reload();
    return deleted;
  });

  const transfer = useAction(async (integration: IntegrationView, ownerAccountId: string) => {
    const transferred = await transferIntegration(integration.id, ownerAccountId);
    notifySuccess('Ownership transferred', `"${integration.name}" now belongs to ${ownerAccountId}.`);
    await reload();
    return transferred;
  });

  return {
    create,
    rename,
    remove,
    transfer,
    busy: create.pending || rename.pending || remove.pending || transfer.pending,
  };
}
