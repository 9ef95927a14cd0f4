import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { appendLog } from '../../integrations/integration-log';
import { MAX_NAME_LENGTH, type Integration } from '../../integrations/integration';
import { viewFor } from '../../integrations/integration-view';
import { saveIntegration } from '../../integrations/integration-store';
import { getConnection } from '../../connections/connection-store';
import { getProject } from '../../jira/get-project';
import { UserFacingError } from '../../shared/errors';
import type { IntegrationView } from '../../shared/integrations';
import { TOOLS } from '../../shared/roles';
import { defineResolver } from '../define-resolver';

export const integrationName = z
  .string()
  .trim()
  .min(1, 'Give the integration a name.')
  .max(MAX_NAME_LENGTH, `Keep the name under ${MAX_NAME_LENGTH} characters.`);

/** Creates an integration owned by the caller, in a project and for a tool the caller may use. */
export const createIntegration = defineResolver({
  key: 'integrations/create',
  payload: z
    .object({
      name: integrationName,
      tool: z.enum(TOOLS, { error: `Pick a tool: ${TOOLS.join(', ')}.` }),
      projectId: z.string().regex(/^\d+$/, 'Pick a Jira project.'),
      connectionId: z.string().uuid('Pick a connection.').optional(),
    })
    .strict(),
  access: { action: 'integrations.create', newIntegration: ({ tool, projectId }) => ({ tool, projectId }) },
  handle: async ({ name, tool, projectId, connectionId }, { caller }): Promise<IntegrationView> => {
    const project = await getProject(projectId);
    if (!project) throw new UserFacingError('not-found', 'That Jira project no longer exists. Pick another one.');
    if (connectionId) {
      const connection = await getConnection(connectionId);
      if (!connection) throw new UserFacingError('invalid', 'connectionId: That connection no longer exists. Pick another one.');
      if (connection.tool !== tool) throw new UserFacingError('invalid', `connectionId: Pick a ${tool} connection for a ${tool} integration.`);
    }
    const now = Date.now();
    const integration: Integration = {
      id: randomUUID(),
      name,
      tool,
      projectId: project.id,
      projectKey: project.key,
      ownerAccountId: caller.accountId,
      connectionId,
      createdAt: now,
      updatedAt: now,
    };
    await saveIntegration(integration);
    await appendLog(integration.id, { action: 'integration.created', result: 'ok', actorAccountId: caller.accountId, detail: `Created "${name}" for ${project.key}` });
    return viewFor(integration, caller);
  },
});
