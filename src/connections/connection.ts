import type { ConnectorTool } from '../connectors/connector';

export type ConnectionStatus = 'connected' | 'disconnected' | 'error';

/**
 * A connection to one help-desk account, as stored. The secret (API key, token, password) is not
 * here: it lives in Forge secret storage under the connection's id and never leaves the server.
 */
export interface Connection {
  id: string;
  tool: ConnectorTool;
  name: string;
  /** The verified host every request of this connection goes to. */
  domain: string;
  /** Email or user name, where the vendor's scheme has one. */
  username?: string;
  status: ConnectionStatus;
  /** Why the last verification failed (a message for people; never a secret). */
  statusReason?: string;
  /** What verification learned: the vendor account and the agent the credentials belong to. */
  account?: string;
  agentName?: string;
  connectedBy: string;
  /** Epoch ms. */
  connectedAt: number;
  lastVerifiedAt?: number;
  /** When the current secret was stored (the form shows "•••• set on <date>"). */
  secretSetAt?: number;
}

export const MAX_CONNECTION_NAME = 80;
