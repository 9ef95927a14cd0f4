import { z } from 'zod';
import { reverify, rotateSecret } from '../../connections/connection-service';
import { deleteConnection as removeConnection, deleteConnectionSecret, saveConnection } from '../../connections/connection-store';
import { toConnectionView } from '../../connections/connection-view';
import { listIntegrationsOfConnection } from '../../integrations/integration-store';
import { UserFacingError } from '../../shared/errors';
import type { ConnectionView } from '../../shared/connections';
import { defineResolver } from '../define-resolver';
import { connectionId, connectionName, existingConnection, secretValue } from './connection-payloads';

/** Re-verify: checks the stored credentials again; the answer shows Connected or Error with the reason. */
export const verifyConnection = defineResolver({
  key: 'connections/verify',
  payload: z.object({ id: connectionId }).strict(),
  access: { action: 'connections.manage' },
  handle: async ({ id }): Promise<ConnectionView> => toConnectionView(await reverify(await existingConnection(id))),
});

/** Rotate (or reconnect): the new secret replaces the old one only after it verifies. */
export const rotateConnectionSecret = defineResolver({
  key: 'connections/rotate-secret',
  payload: z.object({ id: connectionId, secret: secretValue, username: z.string().max(300).optional() }).strict(),
  access: { action: 'connections.manage' },
  handle: async ({ id, secret, username }): Promise<ConnectionView> => toConnectionView(await rotateSecret(await existingConnection(id), secret, username)),
});

export const renameConnection = defineResolver({
  key: 'connections/rename',
  payload: z.object({ id: connectionId, name: connectionName.min(1, 'Give the connection a name.') }).strict(),
  access: { action: 'connections.manage' },
  handle: async ({ id, name }): Promise<ConnectionView> => {
    const renamed = { ...(await existingConnection(id)), name };
    await saveConnection(renamed);
    return toConnectionView(renamed);
  },
});

/** Disconnect: forgets the secret, keeps the settings; connecting again needs the key. */
export const disconnectConnection = defineResolver({
  key: 'connections/disconnect',
  payload: z.object({ id: connectionId }).strict(),
  access: { action: 'connections.manage' },
  handle: async ({ id }): Promise<ConnectionView> => {
    const connection = await existingConnection(id);
    await deleteConnectionSecret(id);
    const disconnected = { ...connection, status: 'disconnected' as const, statusReason: undefined, secretSetAt: undefined };
    await saveConnection(disconnected);
    return toConnectionView(disconnected);
  },
});

/** Delete: refused while integrations use the connection, naming them. */
export const deleteConnection = defineResolver({
  key: 'connections/delete',
  payload: z.object({ id: connectionId }).strict(),
  access: { action: 'connections.manage' },
  handle: async ({ id }): Promise<{ id: string }> => {
    const connection = await existingConnection(id);
    const users = await listIntegrationsOfConnection(id);
    if (users.length > 0) {
      throw new UserFacingError('invalid', `${connection.name} is used by ${users.map((integration) => `"${integration.name}"`).join(', ')}. Delete those integrations or move them to another connection first.`);
    }
    await removeConnection(id);
    return { id };
  },
});
