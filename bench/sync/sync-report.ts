import type { BackfillResult } from './backfill-scenario';
import type { NaiveResult } from './naive-scenario';

/** Prints the sync benchmark as one table: each figure next to its target (the same figures are in bench/results.json under `sync`). */

type Backfill = Omit<BackfillResult, 'outcome'>;

interface SyncResults {
  latencyModelMs: { jira: number; helpdesk: number; perIssueMs: number };
  clean: Backfill;
  faulty: Backfill & { sameFinalState: boolean };
  large?: Backfill;
  naive: NaiveResult;
  latency: { events: number; toJira: Latency; toHelpdesk: Latency };
  sizes: { tickets: number; large: number; naive: number; events: number; replies: number; largeReplies: number };
}

interface Latency {
  p50Ms: number;
  p95Ms: number;
  ownShare: number;
}

/** Freshdesk: 400 credits a minute; a page of 100 with descriptions costs 3, a ticket's conversations 1. Jira: 65,000 points an hour. */
const FRESHDESK_PER_HOUR = 400 * 60;
const JIRA_POINTS_PER_HOUR = 65_000;

/** The least each API allows for N tickets with R replies, M of them moving status: Jira ⌈N/50⌉ + R + M calls; Freshdesk ⌈N/100⌉ + N. */
export function minimums(run: Pick<Backfill, 'tickets' | 'replies' | 'moves'>) {
  const jiraCalls = Math.ceil(run.tickets / 50) + run.replies + run.moves;
  const helpdeskCalls = Math.ceil(run.tickets / 100) + run.tickets;
  const jiraBound = JIRA_POINTS_PER_HOUR / ((run.tickets + run.replies + run.moves) / run.tickets);
  const helpdeskBound = FRESHDESK_PER_HOUR / ((run.tickets + 3 * Math.ceil(run.tickets / 100)) / run.tickets);
  return { jiraCalls, helpdeskCalls, jiraBound, helpdeskBound, bound: Math.min(jiraBound, helpdeskBound) };
}

type Heap = Backfill['heap'];

/** A run's heap: the process peak, what of it the simulated Jira, help desk and KVS held at the end, and the rest (the invocations' working heap). */
const heapFigures = (heap: Heap) => `${n(heap.peakMb, 1)} MB = simulated Jira, help desk and KVS data ${n(heap.dataMb, 1)} MB + working heap ${n(heap.ownPeakMb, 1)} MB (live peak ${n(heap.peakLiveMb, 1)} MB)`;

const n = (value: number, digits = 0) => value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');

export function summarise(run: Backfill) {
  const min = minimums(run);
  // What was brought over, not what was seeded: a run that gave tickets up is not faster for it.
  const perHour = run.status.done / run.simulatedHours;
  const calls = run.calls.jira.calls + run.calls.helpdesk.calls;
  return {
    jiraPerTicket: run.calls.jira.calls / run.tickets,
    helpdeskPerTicket: run.calls.helpdesk.calls / run.tickets,
    jiraRatio: run.calls.jira.calls / min.jiraCalls,
    helpdeskRatio: run.calls.helpdesk.calls / min.helpdeskCalls,
    perHour,
    boundShare: perHour / min.bound,
    throttledShare: (run.calls.jira.throttled + run.calls.helpdesk.throttled) / Math.max(1, calls),
    budgetShare: run.longestInvocationMs / run.budgetMs,
    /** Every ticket brought over, none failed, through real chunks: otherwise no figure of the run can meet a target. */
    complete: run.status.state === 'done' && run.status.done === run.tickets && run.status.failed === 0 && run.invocations > 0,
    min,
  };
}

export function printSyncReport(results: SyncResults): void {
  const clean = summarise(results.clean);
  const large = results.large && summarise(results.large);
  const cleanVerdict = (ok: boolean) => verdict(clean.complete && ok);
  const largeVerdict = (ok: boolean) => verdict(Boolean(large?.complete) && ok);
  const naive = results.naive;
  // The naive run gives tickets up when rate limits outlast the queue's retries: its figures are per ticket it brought over.
  const naiveLinked = Math.max(1, naive.linked);
  const naivePerHour = naive.linked / naive.simulatedHours;
  const naiveCalls = naive.calls.jira.calls + naive.calls.helpdesk.calls;
  const rows: [string, string, string][] = [
    [`1. Jira calls per ticket (${n(results.clean.tickets)} tickets, ${n(results.clean.replies)} replies, ${n(results.clean.moves)} moves)`, `${n(clean.jiraPerTicket, 3)} (min ${n(clean.min.jiraCalls / results.clean.tickets, 3)}: ⌈N/50⌉ + R + M) = ${n(clean.jiraRatio, 3)} × min`, `≤ 1.05 × min: ${cleanVerdict(clean.jiraRatio <= 1.05)}`],
    ['   help-desk calls per ticket', `${n(clean.helpdeskPerTicket, 3)} (min ${n(clean.min.helpdeskCalls / results.clean.tickets, 3)}: ⌈N/100⌉ + N) = ${n(clean.helpdeskRatio, 3)} × min`, `≤ 1.05 × min: ${cleanVerdict(clean.helpdeskRatio <= 1.05)}`],
    ['2. tickets per simulated hour', `${n(clean.perHour)} of ${n(clean.min.bound)} (Jira ${n(clean.min.jiraBound)}, Freshdesk ${n(clean.min.helpdeskBound)}) = ${n(clean.boundShare, 3)}`, `≥ 0.9: ${cleanVerdict(clean.boundShare >= 0.9)}`],
    ['   429 answers', `${n(clean.throttledShare * 100, 2)} % of ${n(results.clean.calls.jira.calls + results.clean.calls.helpdesk.calls)} calls`, `≤ 1 %: ${cleanVerdict(clean.throttledShare <= 0.01)}`],
    ['3. longest invocation / timeoutSeconds', `${n(results.clean.longestInvocationMs / 1000, 1)} s / ${n(results.clean.budgetMs / 1000)} s = ${n(clean.budgetShare, 3)} (${n(results.clean.invocations)} chunks)`, `≤ 0.5: ${cleanVerdict(clean.budgetShare <= 0.5)}`],
    [`   heap, ${n(results.clean.tickets)} tickets: process peak`, heapFigures(results.clean.heap), `≤ 256 MB: ${cleanVerdict(results.clean.heap.peakMb <= 256)}`],
  ];
  rows.push(['   heap retained after the run (sandboxes and store emptied)', `${n(results.clean.heap.retainedMb, 1)} MB`, `none: ${cleanVerdict(results.clean.heap.retainedMb <= 16)}`]);
  if (results.large && large) {
    const label = `${n(results.large.tickets)} tickets${results.sizes.largeReplies === results.sizes.replies ? '' : `, ${results.sizes.largeReplies} replies each`}`;
    rows.push(
      [`   ${label}: longest invocation`, `${n(results.large.longestInvocationMs / 1000, 1)} s = ${n(large.budgetShare, 3)} (${n(results.large.invocations)} chunks); ${n(large.perHour)} tickets/h = ${n(large.boundShare, 3)} of bound`, `≤ 0.5: ${largeVerdict(large.budgetShare <= 0.5)}`],
      [`   ${label}: process peak`, heapFigures(results.large.heap), `≤ 256 MB: ${largeVerdict(results.large.heap.peakMb <= 256)}`],
      [
        `   working heap, ${n(results.clean.tickets)} → ${n(results.large.tickets)} tickets`,
        `${n(results.clean.heap.ownPeakMb, 1)} MB → ${n(results.large.heap.ownPeakMb, 1)} MB; retained after the run ${n(results.large.heap.retainedMb, 1)} MB`,
        `no growth: ${largeVerdict(results.large.heap.ownPeakMb <= results.clean.heap.ownPeakMb + 16 && results.large.heap.retainedMb <= 16)}`,
      ],
    );
  }
  rows.push(
    ['4. help desk → Jira comment', `p50 ${n(results.latency.toJira.p50Ms, 1)} ms, p95 ${n(results.latency.toJira.p95Ms, 1)} ms; Deskbridge's own code ${n(results.latency.toJira.ownShare * 100)} %`, `${n(results.latency.events)} events`],
    ['   Jira comment → help-desk note', `p50 ${n(results.latency.toHelpdesk.p50Ms, 1)} ms, p95 ${n(results.latency.toHelpdesk.p95Ms, 1)} ms; Deskbridge's own code ${n(results.latency.toHelpdesk.ownShare * 100)} %`, `${n(results.latency.events)} events`],
    ['5. fault soak (10 % of calls fail)', `${results.faulty.status.state}: ${n(results.faulty.status.done)} tickets, ${n(results.faulty.status.comments)} comments (clean: ${n(results.clean.status.done)}, ${n(results.clean.status.comments)}), ${n(results.faulty.status.failed)} failed, ${n(results.faulty.status.retries)} units retried`, `same final state: ${verdict(results.faulty.sameFinalState && summarise(results.faulty).complete)}`],
    [`naive baseline (${n(naive.tickets)} tickets, no pacing)`, `${n(naive.linked)} brought over (${n(naive.tickets - naive.linked)} given up); per ticket brought over: Jira ${n(naive.calls.jira.calls / naiveLinked, 2)}, help desk ${n(naive.calls.helpdesk.calls / naiveLinked, 2)} calls; ${n(naivePerHour)}/h; 429s ${n(((naive.calls.jira.throttled + naive.calls.helpdesk.throttled) / Math.max(1, naiveCalls)) * 100, 1)} %`, ''],
    ['   backfill vs naive', `${n(naive.calls.jira.calls / naiveLinked / clean.jiraPerTicket, 2)}× fewer Jira calls, ${n(naive.calls.helpdesk.calls / naiveLinked / clean.helpdeskPerTicket, 2)}× fewer help-desk calls, ${n(clean.perHour / Math.max(naivePerHour, 1e-9), 2)}× the throughput`, ''],
  );
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length)));
  console.log(`\nDeskbridge sync benchmark (simulated clock; modelled latency Jira ${results.latencyModelMs.jira} ms, help desk ${results.latencyModelMs.helpdesk} ms, +${results.latencyModelMs.perIssueMs} ms per bulk-created issue)`);
  for (const [label, value, target] of rows) console.log(`  ${label.padEnd(widths[0])}  ${value.padEnd(widths[1])}  ${target}`);
}
