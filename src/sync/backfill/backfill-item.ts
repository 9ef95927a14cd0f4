import type { Ticket, TicketComment } from '../../connectors/connector';
import type { SyncBase } from '../links/link-base';
import type { SyncLink } from '../links/link';
import { flowsTo } from '../mapping/common-fields';
import type { SyncContext } from '../sync-context';
import type { BackfillFailure } from './backfill-failures';

/**
 * One ticket on its way through a backfill batch: read, created (or found) in Jira, linked,
 * moved to its status, its comments copied. Held in memory for one batch only; nothing of it
 * but ids reaches storage before the link and base (which hold no content) are written.
 */
export interface BackfillItem {
  ticket: Ticket;
  /** The comments the integration copies to Jira (its comment policy), oldest first. */
  comments: TicketComment[];
  issue?: { id: string; key: string };
  link?: SyncLink;
  base?: SyncBase;
  /** The Jira status a ticket that is further along than "new" moves its issue to. */
  target?: string;
  /** Not brought over: no issue, no link. */
  failure?: BackfillFailure;
  /** Brought over, but its status or a comment could not be: the link is parked until someone retries it. */
  stuck?: BackfillFailure;
  /** Linked, but a write was cut short (an outage, a lost answer): the next unit completes it (recover-in-flight.ts). */
  unfinished?: boolean;
}

/** The same rule copyTicketComments applies: public replies and private notes each by their own setting. */
export function copyableComments(context: SyncContext, comments: TicketComment[]): TicketComment[] {
  const { config } = context;
  return comments.filter((comment) => flowsTo(config, comment.public ? config.comments.publicReplies : config.comments.privateNotes, 'jira'));
}

/** As createIssueForTicket decides it: a new issue starts in its workflow's first status; a ticket further along moves it. */
export function statusTarget(context: SyncContext, ticket: Ticket): string | undefined {
  const { config } = context;
  const target = config.statuses.toJira[ticket.status.id];
  return ticket.status.bucket !== 'new' && target && flowsTo(config, config.statuses.direction, 'jira') ? target : undefined;
}

/**
 * What a unit spent on each side (what pacing books and the run counts), how many tickets it
 * finished, and the last error it put off for later: a unit that finished nothing because of
 * such errors is backed off like a failed one.
 */
export interface UnitSpend {
  helpdeskCredits: number;
  helpdeskCalls: number;
  jiraPoints: number;
  jiraCalls: number;
  progress: number;
  deferred?: unknown;
}

export const noSpend = (): UnitSpend => ({ helpdeskCredits: 0, helpdeskCalls: 0, jiraPoints: 0, jiraCalls: 0, progress: 0 });
