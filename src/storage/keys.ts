/**
 * Every KVS key prefix, custom entity and index Deskbridge uses, in one place. Entities and
 * their indexes must match `app.storage.entities` in manifest.yml.
 */
export const ENTITY = {
  connection: 'connection',
  integration: 'integration',
  integrationLog: 'integration-log',
} as const;

export const INDEX = {
  connectionByCreated: 'by-created',
  connectionByTool: 'by-tool',
  integrationByConnection: 'by-connection',
  integrationByCreated: 'by-created',
  integrationByProject: 'by-project',
  integrationByTool: 'by-tool',
  logByIntegration: 'by-integration',
} as const;

/** Forge secret storage keys (never returned to a browser, never logged). */
export const SECRET = {
  /** AES-256-GCM key sealing records that may hold ticket content (integration logs). */
  recordKey: 'record-encryption-key',
  /** A connection's API key, token or password. */
  connection: (connectionId: string) => `connection-secret:${connectionId}`,
} as const;
