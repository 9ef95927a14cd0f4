import { z } from 'zod';
import { listConnections as readConnections } from '../../connections/connection-store';
import { toConnectionView } from '../../connections/connection-view';
import { listIntegrationsOfConnection } from '../../integrations/integration-store';
import type { ConnectionView } from '../../shared/connections';
import { defineResolver } from '../define-resolver';

/**
 * The connections the caller may use: all of them for Jira admins and project admins, those of
 * the caller's tools for tool-group members. No secret is ever part of the answer.
 */
export const listConnections = defineResolver({
  key: 'connections/list',
  payload: z.object({}).strict(),
  access: { action: 'integrations.list' },
  handle: async (_payload, { caller }): Promise<ConnectionView[]> => {
    const me = await caller.role();
    const all = await readConnections();
    const usable = me.isJiraAdmin || me.adminOfProject ? all : all.filter((connection) => (me.toolGroups as string[]).includes(connection.tool));
    return Promise.all(
      usable.map(async (connection) => {
        const usedBy = me.isJiraAdmin ? (await listIntegrationsOfConnection(connection.id)).map(({ id, name }) => ({ id, name })) : [];
        return toConnectionView(connection, usedBy);
      }),
    );
  },
});
