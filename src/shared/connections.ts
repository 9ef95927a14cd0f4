import type { ConnectorTool, FieldSpec } from '../connectors/connector';

export type { ConnectorTool, FieldSpec };

/** A connector's form, built from its spec. */
export interface ConnectorSpecView {
  tool: ConnectorTool;
  displayName: string;
  docsUrl: string;
  domainExample: string;
  fields: FieldSpec[];
}

/**
 * A connection as the pages see it. There is no secret here, ever: only when it was set.
 */
export interface ConnectionView {
  id: string;
  tool: ConnectorTool;
  name: string;
  domain: string;
  username?: string;
  status: 'connected' | 'disconnected' | 'error';
  statusReason?: string;
  account?: string;
  agentName?: string;
  connectedBy: string;
  connectedAt: string;
  lastVerifiedAt?: string;
  secretSetAt?: string;
  /** Integrations that use it (a connection in use cannot be deleted). */
  usedBy: { id: string; name: string }[];
}

export interface CreateConnectionPayload {
  tool: ConnectorTool;
  name: string;
  domain: string;
  username?: string;
  secret: string;
}
