import { z } from 'zod';
import { deleteLog } from '../../integrations/integration-log';
import { deleteIntegration as removeIntegration } from '../../integrations/integration-store';
import { defineResolver } from '../define-resolver';

/** Deletes an integration and its log. Tickets and issues it linked keep their content. */
export const deleteIntegration = defineResolver({
  key: 'integrations/delete',
  payload: z.object({ id: z.string().uuid('Unknown integration.') }).strict(),
  access: { action: 'integrations.edit', integrationId: ({ id }) => id },
  handle: async ({ id }): Promise<{ id: string }> => {
    await removeIntegration(id);
    await deleteLog(id);
    return { id };
  },
});
