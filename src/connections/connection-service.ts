import { randomUUID } from 'node:crypto';
import type { ConnectionCredentials, ConnectorTool } from '../connectors/connector';
import { normalizeDomain } from '../connectors/domain';
import { ConnectorError } from '../connectors/http/connector-error';
import { connectorFor } from '../connectors/registry';
import { UserFacingError } from '../shared/errors';
import type { Connection } from './connection';
import { deleteConnectionSecret, getConnection, readConnectionSecret, saveConnection, storeConnectionSecret } from './connection-store';

export interface ConnectionInput {
  tool: ConnectorTool;
  name: string;
  domain: string;
  username?: string;
  secret: string;
}

/**
 * Connect = verify, then save. Nothing is stored unless the help desk accepted the credentials
 * and their user has the rights Deskbridge needs; the secret goes to secret storage only.
 */
export async function connect(input: ConnectionInput, connectedBy: string): Promise<Connection> {
  const spec = connectorFor(input.tool).spec;
  const credentials = checkedCredentials(input.tool, { domain: input.domain, username: input.username, secret: input.secret });
  const verified = await connectorFor(input.tool).verify(credentials);
  const now = Date.now();
  const connection: Connection = {
    id: randomUUID(),
    tool: input.tool,
    name: input.name || verified.account,
    domain: credentials.domain,
    username: spec.fields.some((field) => field.key === 'username') ? credentials.username : undefined,
    status: 'connected',
    account: verified.account,
    agentName: verified.agentName,
    connectedBy,
    connectedAt: now,
    lastVerifiedAt: now,
    secretSetAt: now,
  };
  await storeConnectionSecret(connection.id, credentials.secret);
  try {
    await saveConnection(connection);
  } catch (error) {
    await deleteConnectionSecret(connection.id); // no half-saved connection, no orphaned secret
    throw error;
  }
  return connection;
}

/** Checks the stored credentials again and records the outcome (Connected, or Error with the reason). */
export async function reverify(connection: Connection): Promise<Connection> {
  const secret = await readConnectionSecret(connection.id);
  if (!secret) return record(connection, { status: 'disconnected', statusReason: 'No API key is stored: connect again with one.' });
  try {
    const verified = await connectorFor(connection.tool).verify({ domain: connection.domain, username: connection.username, secret });
    return record(connection, { status: 'connected', statusReason: undefined, account: verified.account, agentName: verified.agentName });
  } catch (error) {
    if (!(error instanceof ConnectorError)) throw error;
    return record(connection, { status: 'error', statusReason: error.message });
  }
}

/** Replaces the secret, but only once the new one verifies: a typo never breaks a working connection. */
export async function rotateSecret(connection: Connection, secret: string, username?: string): Promise<Connection> {
  const credentials = checkedCredentials(connection.tool, { domain: connection.domain, username: username ?? connection.username, secret });
  const verified = await connectorFor(connection.tool).verify(credentials);
  await storeConnectionSecret(connection.id, credentials.secret);
  return record(connection, {
    status: 'connected',
    statusReason: undefined,
    username: credentials.username,
    account: verified.account,
    agentName: verified.agentName,
    secretSetAt: Date.now(),
  });
}

/** The credentials of a stored connection, for a call to its help desk. */
export async function credentialsOf(connectionId: string): Promise<{ connection: Connection; credentials: ConnectionCredentials }> {
  const connection = await getConnection(connectionId);
  if (!connection) throw new UserFacingError('not-found', 'This connection no longer exists. Pick another one.');
  const secret = await readConnectionSecret(connectionId);
  if (!secret || connection.status === 'disconnected') {
    throw new UserFacingError('auth', `The ${connection.name} connection is disconnected: a Jira admin must connect it again.`);
  }
  return { connection, credentials: { domain: connection.domain, username: connection.username, secret } };
}

async function record(connection: Connection, changes: Partial<Connection>): Promise<Connection> {
  const updated = { ...connection, ...changes, lastVerifiedAt: Date.now() };
  await saveConnection(updated);
  return updated;
}

/** Validates the form's fields against the connector's spec, before any request is made. */
function checkedCredentials(tool: ConnectorTool, typed: { domain: string; username?: string; secret: string }): ConnectionCredentials {
  const spec = connectorFor(tool).spec;
  const problems: string[] = [];
  let domain = '';
  try {
    domain = normalizeDomain(spec, typed.domain);
  } catch (error) {
    problems.push((error as Error).message);
  }
  const usernameField = spec.fields.find((field) => field.key === 'username');
  if (usernameField?.required && !typed.username?.trim()) problems.push(`username: Enter the ${usernameField.label.toLowerCase()}.`);
  const secretField = spec.fields.find((field) => field.key === 'secret')!;
  if (!typed.secret.trim()) problems.push(`secret: Enter the ${secretField.label.toLowerCase()}.`);
  if (problems.length > 0) throw new UserFacingError('invalid', problems.join('; '));
  return { domain, username: typed.username?.trim() || undefined, secret: typed.secret.trim() };
}
