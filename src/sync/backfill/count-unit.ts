import { BULK_CREATE_LIMIT } from '../../jira/bulk-create-issues';
import type { SyncContext } from '../sync-context';
import { backfillSource, listingStart, matchesBackfillFilter } from './backfill-listing';
import { copyableComments, statusTarget, type UnitSpend } from './backfill-item';
import { helpdeskLimit, JIRA_POINTS_PER_HOUR, observe, SHARE } from './backfill-pace';
import type { BackfillEstimate, BackfillRun } from './backfill-run';
import { linkedAt } from './link-batch';
import { mapPool } from './pool';

/** Tickets whose comments are read to estimate comments per ticket. */
const SAMPLE = 5;
/** Tickets a listing page holds (Freshdesk's largest page; estimates only). */
const PAGE = 100;
/** Help-desk credits of a page with descriptions (Freshdesk: 1 + 2). */
const PAGE_CREDITS = 3;

/**
 * One unit of an estimate: a page of the help desk's list without descriptions (the cheapest
 * listing: one credit for a hundred tickets), counted against the filter and the links that
 * exist. When the list is done, a few tickets' comments are read for comments per ticket, and
 * the estimate is computed. Returns false when the estimate is complete.
 */
export async function countUnit(context: SyncContext, run: BackfillRun, spend: UnitSpend): Promise<boolean> {
  const checkpoint = run.checkpoint;
  const source = backfillSource(context);
  if (!checkpoint.listed) {
    const page = await source.listTickets(context.credentials, listingStart(run.filter), checkpoint.cursor, { content: false });
    observe(run.pace, page.rate);
    spend.helpdeskCalls += page.calls;
    spend.helpdeskCredits += page.rate?.cost ?? page.calls;
    const matching = page.tickets.filter((ticket) => matchesBackfillFilter(ticket, run.filter));
    const linked = await linkedAt(run.integrationId, matching.map((ticket) => ticket.id));
    const fresh = matching.filter((ticket) => !linked.has(ticket.id));
    run.counts.listed += page.tickets.length;
    run.counts.skipped += linked.size;
    checkpoint.matching += matching.length;
    checkpoint.moves += fresh.filter((ticket) => statusTarget(context, ticket)).length;
    checkpoint.sample.push(...fresh.slice(0, SAMPLE - checkpoint.sample.length).map((ticket) => ticket.id));
    checkpoint.cursor = page.nextCursor;
    checkpoint.listed = !page.nextCursor;
    return true;
  }
  let comments = 0;
  await mapPool(checkpoint.sample, SAMPLE, async (ticketId) => {
    const read = await source.listComments(context.credentials, ticketId).catch(() => ({ comments: [], calls: 1, rate: undefined }));
    observe(run.pace, read.rate);
    spend.helpdeskCalls += read.calls;
    spend.helpdeskCredits += read.rate?.cost ?? read.calls;
    comments += copyableComments(context, read.comments).length;
  });
  run.estimate = estimate(run, checkpoint.sample.length ? comments / checkpoint.sample.length : 0);
  return false;
}

function estimate(run: BackfillRun, commentsPerTicket: number): BackfillEstimate {
  const { matching, moves } = run.checkpoint;
  const toBring = Math.max(0, matching - run.counts.skipped);
  const pages = Math.max(1, Math.ceil(run.counts.listed / PAGE));
  const comments = Math.round(commentsPerTicket * toBring);
  const helpdeskLimitPerMinute = helpdeskLimit(run.pace);
  const jiraPoints = toBring + comments + moves;
  const helpdeskCredits = pages * PAGE_CREDITS + toBring;
  const seconds = Math.max((helpdeskCredits * 60) / (helpdeskLimitPerMinute * SHARE), (jiraPoints * 3600) / (JIRA_POINTS_PER_HOUR * SHARE));
  return {
    matching,
    alreadyLinked: run.counts.skipped,
    commentsPerTicket: Math.round(commentsPerTicket * 10) / 10,
    helpdeskCalls: pages + toBring,
    jiraCalls: Math.ceil(toBring / BULK_CREATE_LIMIT) + comments + moves,
    seconds: Math.ceil(seconds),
    helpdeskLimitPerMinute,
    jiraPointsPerHour: JIRA_POINTS_PER_HOUR,
  };
}
