import type { ConnectionView } from '../shared/connections';
import type { Connection } from './connection';

const iso = (epochMs?: number) => (epochMs === undefined ? undefined : new Date(epochMs).toISOString());

/** The browser's view of a connection: what it is and how it stands, never its secret. */
export function toConnectionView(connection: Connection, usedBy: { id: string; name: string }[] = []): ConnectionView {
  return {
    id: connection.id,
    tool: connection.tool,
    name: connection.name,
    domain: connection.domain,
    username: connection.username,
    status: connection.status,
    statusReason: connection.statusReason,
    account: connection.account,
    agentName: connection.agentName,
    connectedBy: connection.connectedBy,
    connectedAt: iso(connection.connectedAt)!,
    lastVerifiedAt: iso(connection.lastVerifiedAt),
    secretSetAt: iso(connection.secretSetAt),
    usedBy,
  };
}
