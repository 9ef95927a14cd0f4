import type { Tool } from '../shared/roles';

/**
 * An integration as stored: a help-desk tool paired with a Jira project, owned by the account
 * that created it. The project is stored by id (keys change when projects are renamed); the key
 * is kept for display and refreshed when the project is read.
 */
export interface Integration {
  id: string;
  name: string;
  tool: Tool;
  projectId: string;
  projectKey: string;
  ownerAccountId: string;
  /** The help-desk connection it syncs with (same tool); chosen when the integration is set up. */
  connectionId?: string;
  /**
   * The owner's Atlassian account was closed: ownership passed to the app's own account and the
   * integration waits for a Jira admin to hand it to a person (integrations/transfer).
   */
  ownerErased?: boolean;
  /** Epoch ms. */
  createdAt: number;
  updatedAt: number;
}

export const MAX_NAME_LENGTH = 80;
