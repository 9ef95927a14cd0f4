import { z } from 'zod';
import { MAX_CONNECTION_NAME } from '../../connections/connection';
import { getConnection } from '../../connections/connection-store';
import type { Connection } from '../../connections/connection';
import { CONNECTOR_TOOLS } from '../../connectors/registry';
import { UserFacingError } from '../../shared/errors';

export const connectorTool = z.enum(CONNECTOR_TOOLS as [string, ...string[]], { error: `Pick a tool: ${CONNECTOR_TOOLS.join(', ')}.` });
export const connectionName = z.string().trim().max(MAX_CONNECTION_NAME, `Keep the name under ${MAX_CONNECTION_NAME} characters.`);
export const connectionId = z.string().uuid('Unknown connection.');
/** Secrets are bounded too: a pasted file is a mistake, not a key. */
export const secretValue = z.string().max(4096, 'That is too long for an API key; paste only the key.');

/** The connection a payload names, or a not-found answer a person understands. */
export async function existingConnection(id: string): Promise<Connection> {
  const connection = await getConnection(id);
  if (!connection) throw new UserFacingError('not-found', 'This connection no longer exists. Reload the page to see the current list.');
  return connection;
}
