import type { ConnectorTool } from '../connectors/connector';

/** Where the site's directory sync and the personal data reporting stand (admin page). Counts only: no personal data. */
export interface IdentityStatus {
  directory: {
    state: 'never' | 'running' | 'done' | 'failed';
    startedAt?: string;
    finishedAt?: string;
    /** Users read in the current (or last) run. */
    processed: number;
    /** Users known to Deskbridge after the last complete run. */
    users: number;
    /** Of those, how many came with an email Jira let the app see (most sites: none). */
    withEmail: number;
    /** A message a person can act on, when the last run failed. */
    lastError?: string;
    nextScheduledRunAt?: string;
  };
  /** Help-desk contacts mapped to Jira accounts, by how. */
  identityMap: { byEmail: number; manual: number };
  personalData: {
    cycleDays: number;
    lastReportAt?: string;
    nextReportAt?: string;
    /** Accounts reported in the last cycle. */
    reported: number;
    /** What erasing closed accounts removed or replaced, in total (counts only). */
    erased: { closedAccounts: number; identityLinks: number; integrationsReassigned: number; connectionsReassigned: number; logActorsReplaced: number; directoryUsers: number };
  };
}

/** One row of the identity map: a help-desk contact or agent ↔ a Jira account. */
export interface IdentityLinkView {
  tool: ConnectorTool;
  contactId: string;
  accountId: string;
  source: 'email' | 'manual';
  updatedAt: string;
}

export interface IdentityLinkPage {
  links: IdentityLinkView[];
  nextCursor?: string;
}

/** The result of a CSV import: all rows or none. */
export interface CsvImportResult {
  imported: number;
  /** Present when nothing was imported: what to fix, by line. */
  errors?: { line: number; reason: string }[];
}

/** The answer of `identity/sync-now`: a run started, or why not (one is already going). */
export interface SyncNowResult {
  started: boolean;
  /** What happened, in words for the admin (e.g. "A sync is already running: 4,000 accounts read so far."). */
  message: string;
  directory: IdentityStatus['directory'];
}

/** Payloads of the identity resolvers (validated on the server with zod). */
export interface SetIdentityLinkPayload {
  tool: ConnectorTool;
  contactId: string;
  accountId: string;
}
export interface ImportIdentityCsvPayload {
  /** `tool,contactId,accountId` header, then one row per link; at most 5,000 rows. */
  csv: string;
}
