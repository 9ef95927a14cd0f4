import { z } from 'zod';
import { appendLog } from '../../integrations/integration-log';
import { viewFor } from '../../integrations/integration-view';
import { saveIntegration } from '../../integrations/integration-store';
import type { IntegrationView } from '../../shared/integrations';
import { defineResolver } from '../define-resolver';
import { integrationName } from './create-integration';

/** Renames an integration (the sync settings arrive with the sync work). */
export const updateIntegration = defineResolver({
  key: 'integrations/update',
  payload: z.object({ id: z.string().uuid('Unknown integration.'), name: integrationName }).strict(),
  access: { action: 'integrations.edit', integrationId: ({ id }) => id },
  handle: async ({ name }, { caller, integration }): Promise<IntegrationView> => {
    if (integration!.name === name) return viewFor(integration!, caller); // nothing changed: nothing to log
    const updated = { ...integration!, name, updatedAt: Date.now() };
    await saveIntegration(updated);
    await appendLog(updated.id, { action: 'integration.renamed', result: 'ok', actorAccountId: caller.accountId, detail: `Renamed to "${name}"` });
    return viewFor(updated, caller);
  },
});
