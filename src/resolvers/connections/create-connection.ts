import { z } from 'zod';
import { connect } from '../../connections/connection-service';
import { toConnectionView } from '../../connections/connection-view';
import type { ConnectorTool } from '../../connectors/connector';
import type { ConnectionView } from '../../shared/connections';
import { defineResolver } from '../define-resolver';
import { connectionName, connectorTool, secretValue } from './connection-payloads';

/** Connect: verifies the credentials with a real call first; saves nothing unless they work. */
export const createConnection = defineResolver({
  key: 'connections/create',
  payload: z
    .object({
      tool: connectorTool,
      name: connectionName.default(''),
      domain: z.string().max(300, 'Enter only the host name.'),
      username: z.string().max(300).optional(),
      secret: secretValue,
    })
    .strict(),
  access: { action: 'connections.manage' },
  handle: async (payload, { caller }): Promise<ConnectionView> =>
    toConnectionView(await connect({ ...payload, tool: payload.tool as ConnectorTool }, caller.accountId)),
});
