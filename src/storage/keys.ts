/**
 * Every KVS key prefix, custom entity and index Deskbridge uses, in one place. Entities and
 * their indexes must match `app.storage.entities` in manifest.yml.
 */
export const ENTITY = {
  connection: 'connection',
  integration: 'integration',
  integrationLog: 'integration-log',
  /** Every account that appears in an integration log (actor or subject), so logs can be reported without decrypting them. */
  logAccount: 'log-account',
  /** The site's directory as Deskbridge keeps it: the minimum identity matching needs, keyed by accountId. */
  directoryUser: 'directory-user',
  /** The identity map: a help-desk contact ↔ a Jira account. */
  identityLink: 'identity-link',
} as const;

export const INDEX = {
  connectionByCreated: 'by-created',
  connectionByTool: 'by-tool',
  integrationByConnection: 'by-connection',
  integrationByCreated: 'by-created',
  integrationByOwner: 'by-owner',
  integrationByProject: 'by-project',
  integrationByTool: 'by-tool',
  logByIntegration: 'by-integration',
  logByActor: 'by-actor',
  logByFrom: 'by-from',
  logByTo: 'by-to',
  logAccountBySeen: 'by-seen',
  directoryByRun: 'by-run',
  directoryByEmail: 'by-email',
  linkByUpdated: 'by-updated',
  linkByTool: 'by-tool',
  linkByAccount: 'by-account',
  linkBySource: 'by-source',
} as const;

/** Plain KVS keys (no entity): small singleton records. */
export const KEY = {
  /** Directory sync status and its checkpoint (one record, written once per chunk). */
  directoryRun: 'identity:directory-run',
  /** Personal data reporting status, totals and the walker's checkpoint. */
  personalData: 'identity:personal-data',
  /** The app's own accountId (GET /myself as the app, read once): what erased owners are replaced by. */
  appAccount: 'identity:app-account',
  /** One queue event's claim, so a duplicate delivery of a chunk is dropped (with a TTL). */
  eventClaim: (queue: string, runId: string, seq: number) => `identity:claim:${queue}:${runId}:${seq}`,
  /**
   * One erasure or refresh of an account per reporting cycle, however many stores reported it
   * (keyed by the account's keyed hash, never its id; with a TTL).
   */
  accountClaim: (cycleId: string, action: 'erase' | 'refresh', accountKey: string) => `identity:account-claim:${cycleId}:${action}:${accountKey}`,
  /** Counts of one erasure (no personal data), folded into the totals at the start of each cycle. */
  erasurePrefix: 'identity:erasure:',
  erasure: (at: number, id: string) => `identity:erasure:${String(at).padStart(15, '0')}:${id}`,
} as const;

/** Forge async event queues (manifest `consumer` modules). */
export const QUEUE = {
  directory: 'identity-directory',
  personalData: 'identity-personal-data',
} as const;

/** Forge secret storage keys (never returned to a browser, never logged). */
export const SECRET = {
  /** AES-256-GCM key sealing records that may hold ticket content (integration logs). */
  recordKey: 'record-encryption-key',
  /** HMAC-SHA256 key for emailKey and actorKey: lets Deskbridge match emails and find log entries without storing either in the clear. */
  identityKey: 'identity-hmac-key',
  /** A connection's API key, token or password. */
  connection: (connectionId: string) => `connection-secret:${connectionId}`,
} as const;
