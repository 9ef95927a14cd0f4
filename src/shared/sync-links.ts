/** A synced pair as the pages show it (src/sync/links). */
export interface SyncLinkView {
  id: string;
  tool: string;
  ticketId: string;
  ticketUrl: string;
  ticketStatus: string;
  issueId: string;
  issueKey: string;
  state: 'ok' | 'pending' | 'stuck';
  /** Why the link is stuck, in words a person can act on. */
  stuckReason?: string;
  linkedAt: string;
  lastSyncedAt: string;
}

export interface SyncLinkPage {
  links: SyncLinkView[];
  nextCursor?: string;
}

/** Where the help desk sends its webhooks for one integration, and how (src/sync/webhook-setup). */
export interface WebhookSetupView {
  url: string;
  scheme: 'vendor-signature' | 'secret-header';
  registered: boolean;
  hasSecret: boolean;
  instructions?: { steps: string[]; url: string; method: 'POST'; headers: { name: string; value: string }[]; payloadTemplate: string };
}
