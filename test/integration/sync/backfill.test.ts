/**
 * Backfill end to end on the local runtime: a few hundred Freshdesk tickets with replies and
 * notes brought into ENG through the queue, an estimate first, then progress, pause and resume,
 * and the result checked issue by issue: one issue per ticket with its `deskbridge` property,
 * its status, its comments once each; links the two-way sync then carries on with.
 */
import type { FreshdeskState } from '../../../local/sandbox/freshdesk';
import { seedBackfillTickets } from '../../support/backfill-data';
import { backfillClient, jiraOutcome, projectIssues } from '../../support/backfill-harness';
import { useLocalDeskbridge } from '../../support/local-app';
import { ENG_STATUS, engConfig, freshdeskAgent, jiraUser, setUpFreshdeskSync, settle } from '../../support/sync-harness';
import { allLinksOfIntegration } from '../../../src/sync/links/link-store';

const local = useLocalDeskbridge({ queueDelayScale: 0.001 });
const TICKETS = 240;

test('estimate, start, pause, resume: every ticket once, with its comments, status and link', async () => {
  const { deskbridge } = local;
  const { integrationId } = await setUpFreshdeskSync(deskbridge, engConfig());
  const freshdesk = deskbridge.helpDesks.freshdesk.state as FreshdeskState;
  seedBackfillTickets(freshdesk, { count: TICKETS, replies: 2, notes: true, minutesApart: 12 * 60 });
  freshdesk.rate_limit_per_minute = 100_000;
  const backfill = backfillClient(deskbridge, integrationId);

  // An estimate counts what the filter selects: tickets are twelve hours apart, so January to
  // March holds 182 of them, and Pending ones among those are a quarter.
  await backfill.estimate({ createdFrom: '2024-01-01', createdTo: '2024-03-31' });
  expect((await backfill.status())!.state).toBe('estimating');
  expect((await backfill.settle()).estimate).toMatchObject({ matching: 182 });
  await backfill.estimate({ createdTo: '2024-03-31', statusIds: ['3'] });
  expect((await backfill.settle()).estimate).toMatchObject({ matching: 46 });

  await backfill.estimate({ createdFrom: '2024-01-01' });
  const estimated = await backfill.settle();
  expect(estimated.state).toBe('estimated');
  expect(estimated.estimate).toMatchObject({ matching: TICKETS, alreadyLinked: 0, commentsPerTicket: 3, helpdeskLimitPerMinute: 100_000 });
  expect(estimated.estimate!.jiraCalls).toBe(Math.ceil(TICKETS / 50) + 3 * TICKETS + TICKETS / 2);
  expect(estimated.estimate!.seconds).toBeGreaterThan(0);

  // Paused straight after the start: the chain of chunks stops, and nothing moves until resumed.
  await backfill.start();
  expect((await backfill.pause()).state).toBe('paused');
  const whilePaused = await backfill.settle();
  expect(whilePaused.state).toBe('paused');
  expect(whilePaused.done).toBeLessThan(TICKETS);
  expect((await backfill.settle()).done).toBe(whilePaused.done);

  await backfill.resume();
  const done = await backfill.settle();
  expect(done).toMatchObject({ state: 'done', done: TICKETS, failed: 0, total: TICKETS, comments: 3 * TICKETS, failures: [] });

  const outcome = jiraOutcome(deskbridge, 'ENG');
  expect(outcome.map((issue) => issue.ticketId)).toEqual(Array.from({ length: TICKETS }, (_, index) => String(index + 1)));
  for (const issue of outcome) {
    expect(issue.comments.map((comment) => comment.restricted ?? 'public')).toEqual(['public', 'public', 'Administrators']);
    expect(issue.comments.every((comment) => comment.origin)).toBe(true);
    // Open stays in To Do, Pending moves to In Progress, Resolved to Done; Closed has no mapping.
    const status = freshdesk.tickets.find((ticket) => String(ticket.id) === issue.ticketId)!.status;
    const expected: Record<number, string> = { 2: ENG_STATUS.todo, 3: ENG_STATUS.inProgress, 4: ENG_STATUS.done, 5: ENG_STATUS.todo };
    expect(issue.statusId).toBe(expected[status]);
  }
  expect(projectIssues(deskbridge, 'ENG')[0].properties.deskbridge).toMatchObject({ tool: 'freshdesk', integrationId, syncState: 'ok' });
  const links = await allLinksOfIntegration(integrationId);
  expect(links).toHaveLength(TICKETS);
  expect(links.every((link) => link.state === 'ok')).toBe(true);

  // The two-way sync carries on with backfilled links: a new reply reaches its issue, once.
  const link = links.find((candidate) => candidate.ticketId === '7')!;
  await freshdeskAgent(deskbridge).reply(7, '<p>After the migration</p>');
  await settle(deskbridge);
  const comments = await jiraUser(deskbridge).comments(link.issueId);
  expect(comments).toHaveLength(4);
  expect(JSON.stringify(comments[3].body)).toContain('After the migration');

  // A second backfill over the same range finds everything linked already.
  await backfill.estimate({ createdFrom: '2024-01-01' });
  expect((await backfill.settle()).estimate).toMatchObject({ matching: TICKETS, alreadyLinked: TICKETS });
}, 60_000);
