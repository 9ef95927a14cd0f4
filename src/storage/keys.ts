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
  /** A bot gateway key: its settings and the keyed hash of the key (never the key), keyed by key id. */
  gatewayKey: 'gateway-key',
  /** One call through the bot gateway: key, operation, request key, status; never content. */
  gatewayAudit: 'gateway-audit',
  /** Calls of one gateway key in one minute (with a TTL): the per-key rate limit. */
  gatewayRate: 'gateway-rate',
  /** A synced pair: (integration, help-desk ticket id) ↔ Jira issue id (src/sync/links). */
  syncLink: 'sync-link',
  /** One sync action (sealed: ids, titles, outcome), with its integration, time, result and direction in the clear for filtering (src/sync/logs). */
  syncLog: 'sync-log',
  /** Per integration and day: how many sync actions worked and how many failed (src/sync/logs/sync-activity.ts). */
  syncActivity: 'sync-activity',
  /** A ticket a backfill could not bring over, with the reason (src/sync/backfill). */
  backfillFailure: 'backfill-failure',
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
  gatewayKeyByCreated: 'by-created',
  gatewayAuditByKey: 'by-gateway-key',
  syncLinkByIssue: 'by-issue',
  syncLinkByIntegration: 'by-integration',
  syncLinkByState: 'by-state',
  syncLogByIntegration: 'by-integration',
  syncLogByAt: 'by-at',
  syncActivityByIntegration: 'by-integration',
  backfillFailureByIntegration: 'by-integration',
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
  /** An integration's sync configuration (what it syncs and how), written only after a valid save. */
  syncConfig: (integrationId: string) => `sync-config:${integrationId}`,
  /** A JSM service desk's status → bucket map, as an admin saved it (statuses by id and name; no personal data). */
  bucketMap: (serviceDeskId: string) => `jsm:bucket-map:${serviceDeskId}`,
  /** The id of JSM's Request Type field on this site (custom type com.atlassian.servicedesk:vp-origin), found once. */
  requestTypeField: 'jsm:request-type-field',
  /** When a gateway key last authenticated (apart from the key record, so a call never races a revoke). */
  gatewayLastUsed: (keyId: string) => `gateway:last-used:${keyId}`,
  /** A create through the gateway claimed under an Idempotency-Key (the header's hash; with a TTL). */
  gatewayIdempotency: (keyId: string, headerHash: string) => `gateway:idempotency:${keyId}:${headerHash}`,
  /** What both sides of a link agreed on at the last sync (field values, comment pairs): the base of the 3-way merge. */
  syncBase: (linkId: string) => `sync:base:${linkId}`,
  /** A create (issue for a ticket, or ticket for an issue) was attempted: a retry after a crash looks for it before creating again. */
  syncCreating: (leaseId: string) => `sync:creating:${leaseId}`,
  /** One worker at a time per link (with a TTL, so a crashed worker's lease lapses). */
  syncLease: (linkId: string) => `sync:lease:${linkId}`,
  /** A change already applied (its idempotency key, with a TTL): a duplicate delivery is dropped. */
  syncSeen: (changeKey: string) => `sync:seen:${changeKey}`,
  /** The safety-net poll's checkpoint per integration. */
  syncCheckpoint: (integrationId: string) => `sync:checkpoint:${integrationId}`,
  /** The webhook Deskbridge created in the help desk for an integration (its id there), where the vendor's API allows. */
  webhookRegistration: (integrationId: string) => `sync:webhook-registration:${integrationId}`,
  /** A webhook delivery already accepted (its replay key, with a TTL). */
  webhookReplay: (replayKey: string) => `sync:webhook-replay:${replayKey}`,
  /** How many days an integration's sync log is kept (1–30; 14 when never set). */
  syncLogRetention: (integrationId: string) => `sync-log:retention:${integrationId}`,
  /** Where the daily prune of the sync logs stands, when a run did not finish in one invocation. */
  syncLogPrune: 'sync-log:prune',
  /** An integration's backfill: what it brings over, its progress, pacing and checkpoint (one run per integration). */
  backfillRun: (integrationId: string) => `backfill:run:${integrationId}`,
  /** Every integration's backfill run: how many are under way (they share Jira's points quota). */
  backfillRunPrefix: 'backfill:run:',
  /** A pause or cancel asked for while a chunk may be running: the chunk applies it when it ends (or the next one when it starts). */
  backfillControl: (integrationId: string) => `backfill:control:${integrationId}`,
  /** Which ticket fields the issue panel shows, per tool, as a Jira admin chose them (src/issue-panel). */
  issuePanelFields: 'issue-panel:fields',
  /** An integration's notification rules: Jira changes that add a note or reply on the linked ticket (src/notifications). */
  notificationSettings: (integrationId: string) => `notifications:settings:${integrationId}`,
  /** One notification claimed for sending (with a TTL): a replayed Jira event never sends it twice. */
  notificationClaim: (integrationId: string, ticketId: string, changelogId: string, ruleId: string) =>
    `notifications:claim:${integrationId}:${ticketId}:${changelogId}:${ruleId}`,
} as const;

/** Forge async event queues (manifest `consumer` modules). */
export const QUEUE = {
  directory: 'identity-directory',
  personalData: 'identity-personal-data',
  /** Changes to apply to one link each (src/sync/changes). */
  syncChanges: 'sync-changes',
  /** One integration's safety-net poll (src/sync/poll). */
  syncPoll: 'sync-poll',
  /** Backfill chunks: one integration's run, a slice of tickets per event (src/sync/backfill). */
  syncBackfill: 'sync-backfill',
  /** Notifications to send to linked tickets, one rule and ticket per event (src/notifications). */
  notifications: 'deskbridge-notifications',
} as const;

/** Forge secret storage keys (never returned to a browser, never logged). */
export const SECRET = {
  /** AES-256-GCM key sealing records that may hold ticket content (integration logs). */
  recordKey: 'record-encryption-key',
  /** HMAC-SHA256 key for emailKey and actorKey: lets Deskbridge match emails and find log entries without storing either in the clear. */
  identityKey: 'identity-hmac-key',
  /** A connection's API key, token or password. */
  connection: (connectionId: string) => `connection-secret:${connectionId}`,
  /** HMAC-SHA256 key under which bot gateway keys are stored as hashes (and Idempotency-Keys fingerprinted). */
  gatewayKeyHmac: 'gateway-key-hmac',
  /** The secret a help desk's webhooks for one integration are signed or sent with. */
  webhook: (integrationId: string) => `webhook-secret:${integrationId}`,
} as const;
