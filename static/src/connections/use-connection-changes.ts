import type { ConnectionView, ConnectorTool, CreateConnectionPayload } from '../../../src/shared/connections';
import {
  createConnection,
  deleteConnection,
  disconnectConnection,
  notifySuccess,
  renameConnection,
  rotateConnectionSecret,
  verifyConnection,
} from '../api/deskbridge-client';
import { useAction, type Action } from '../hooks/use-action';

/**
 * The changes the Connections panel can make. Each one the server accepted is confirmed with a
 * Jira flag, then the connections are listed again, so the table shows what the server holds.
 * A re-verify that ends in Error is not a failed call: the row shows the status and its reason.
 */
export interface ConnectionChanges {
  create: Action<[CreateConnectionPayload], ConnectionView>;
  verify: Action<[ConnectionView], ConnectionView>;
  rotate: Action<[ConnectionView, string], ConnectionView>;
  rename: Action<[ConnectionView, string], ConnectionView>;
  disconnect: Action<[ConnectionView], ConnectionView>;
  remove: Action<[ConnectionView], { id: string }>;
  /** A change is running: every other button waits. */
  busy: boolean;
}

/** What verification learned about whose account the key acts as, for a flag. */
const actingAs = (connection: ConnectionView): string => (connection.agentName ? ` Deskbridge acts there as ${connection.agentName}.` : '');

export function useConnectionChanges(reload: () => Promise<void>, toolName: (tool: ConnectorTool) => string): ConnectionChanges {
  const create = useAction(async (payload: CreateConnectionPayload) => {
    const created = await createConnection(payload);
    notifySuccess(`Connected to ${toolName(created.tool)}`, `"${created.name}" works.${actingAs(created)}`);
    await reload();
    return created;
  });

  const verify = useAction(async (connection: ConnectionView) => {
    const verified = await verifyConnection(connection.id);
    if (verified.status === 'connected') notifySuccess('Connection verified', `"${verified.name}" still works.${actingAs(verified)}`);
    await reload();
    return verified;
  });

  const rotate = useAction(async (connection: ConnectionView, secret: string) => {
    const rotated = await rotateConnectionSecret(connection.id, secret);
    const reconnected = connection.status === 'disconnected';
    notifySuccess(reconnected ? 'Reconnected' : 'Key replaced', `"${rotated.name}" is connected with the new key.`);
    await reload();
    return rotated;
  });

  const rename = useAction(async (connection: ConnectionView, name: string) => {
    const renamed = await renameConnection(connection.id, name);
    notifySuccess('Connection renamed', `"${connection.name}" is now "${renamed.name}".`);
    await reload();
    return renamed;
  });

  const disconnect = useAction(async (connection: ConnectionView) => {
    const disconnected = await disconnectConnection(connection.id);
    notifySuccess('Disconnected', `Deskbridge forgot the key of "${connection.name}". Reconnect it with a key to use it again.`);
    await reload();
    return disconnected;
  });

  const remove = useAction(async (connection: ConnectionView) => {
    const deleted = await deleteConnection(connection.id);
    notifySuccess('Connection deleted', `"${connection.name}" and its key are gone.`);
    await reload();
    return deleted;
  });

  const all = [create, verify, rotate, rename, disconnect, remove];
  return { create, verify, rotate, rename, disconnect, remove, busy: all.some((action) => action.pending) };
}
