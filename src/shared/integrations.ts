import type { Tool } from './roles';

/**
 * What the pages receive about an integration. `access` is computed on the server for the
 * caller, so the UI can show read-only views; every write is checked again on the server.
 */
export interface IntegrationView {
  id: string;
  name: string;
  tool: Tool;
  project: { id: string; key: string };
  ownerAccountId: string;
  connectionId?: string;
  /** Shown to Jira admins: the owner's account was closed, the app owns it now; transfer it to a person. */
  ownerErased?: boolean;
  createdAt: string;
  updatedAt: string;
  access: { canEdit: boolean; canReadLogs: boolean; canTransferOwnership: boolean };
}

/** One entry of an integration's log, decrypted for a caller allowed to read it. */
export interface LogEntryView {
  at: string;
  action: string;
  result: 'ok' | 'error';
  /** An accountId, or "(former user)" once that account was closed and erased. */
  actorAccountId: string;
  detail: string;
  /** Accounts the entry is about besides its actor (e.g. the previous and new owner of a transfer). */
  about?: { from?: string; to?: string };
}

export interface LogPage {
  entries: LogEntryView[];
  nextCursor?: string;
}

/** A `deskbridge-jira-<tool>` group on the site, for the admin page. */
export interface ToolGroupView {
  tool: Tool;
  name: string;
  exists: boolean;
  groupId?: string;
  memberCount?: number;
}

/** A Jira project the caller may pick as an integration's target. */
export interface ProjectOption {
  id: string;
  key: string;
  name: string;
}

/** Payloads of the integration resolvers (validated on the server with zod). */
export interface CreateIntegrationPayload {
  name: string;
  tool: Tool;
  projectId: string;
  connectionId?: string;
}
export interface UpdateIntegrationPayload {
  id: string;
  name: string;
}
