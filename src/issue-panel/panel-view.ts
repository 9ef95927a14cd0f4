/**
 * What the issue panel shows and what its actions answer: shared by the resolvers
 * (src/resolvers/issue-panel) and the UI Kit app (src/issue-panel/frontend). Plain data only, no
 * imports with side effects: the UI Kit bundle includes this file.
 */

export type TicketBucket = 'new' | 'in-progress' | 'waiting' | 'resolved';
export type PanelSyncState = 'ok' | 'pending' | 'stuck';

/** One ticket linked to the issue. */
export interface PanelTicket {
  integrationId: string;
  integrationName: string;
  tool: string;
  /** The help desk's name as people know it ("Freshdesk"). */
  toolName: string;
  ticketId: string;
  ticketUrl: string;
  subject?: string;
  /** The bucket is known only when the help desk answered just now. */
  status: { name: string; bucket?: TicketBucket };
  requester?: string;
  /** ISO time: the ticket's last update (live), or Deskbridge's last sync of it (last known). */
  updatedAt: string;
  /** The fields a Jira admin chose to show for this tool, in that order. */
  fields: { label: string; value: string }[];
  sync: { state: PanelSyncState; reason?: string; lastSyncedAt: string };
  /** `live`: read from the help desk for this view; `last-known`: what the link last recorded. */
  freshness: 'live' | 'last-known';
  /** Why the help desk could not be read, in words a person can act on (with `last-known`). */
  unavailable?: string;
  /** Whether the caller may reply, retry and unlink here (they may edit the integration); why not otherwise. */
  canAct: boolean;
  refusal?: string;
}

/** An integration of the issue's project the caller may link a ticket with, or create one in. */
export interface PanelTarget {
  integrationId: string;
  integrationName: string;
  tool: string;
  toolName: string;
  /** The issue already has a ticket in this integration (one per integration). */
  linked: boolean;
}

export interface IssuePanelView {
  issue: { id: string; key: string };
  tickets: PanelTicket[];
  targets: PanelTarget[];
}

export type ReplyVisibility = 'public' | 'private';

/** Linking answers `confirm` (and links nothing) when the ticket is linked to another issue and the caller did not confirm moving it. */
export type PanelLinkAnswer = { status: 'linked'; ticketId: string } | { status: 'confirm'; message: string };
