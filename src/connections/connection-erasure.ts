import { listConnections, saveConnection } from './connection-store';

/**
 * Replaces a closed account as the `connectedBy` of connections by the app's own account. The
 * connection itself (and its secret) is untouched: who set it up is history, not a credential.
 * Connections per site are few, so they are all read rather than indexed by person.
 */
export async function reassignConnectionsOf(accountId: string, appAccountId: string): Promise<number> {
  const theirs = (await listConnections()).filter((connection) => connection.connectedBy === accountId);
  for (const connection of theirs) await saveConnection({ ...connection, connectedBy: appAccountId });
  return theirs.length;
}
