import type { LocalDeskbridge } from '../../local/local-deskbridge';
import { setNetworkFaults, type FaultPolicy } from '../../local/runtime/network-faults';
import { ATLASSIAN_DEFAULTS } from '../../local/sandbox/jira';
import type { FreshdeskSandbox, FreshdeskState } from '../../local/sandbox/freshdesk';
import { seedBackfillTickets } from '../../test/support/backfill-data';
import { backfillClient, jiraOutcome } from '../../test/support/backfill-harness';
import { engConfig, setUpFreshdeskSync } from '../../test/support/sync-harness';
import { BACKFILL_TIMEOUT_SECONDS } from '../../src/sync/backfill/backfill-consumer';
import { collector, heapMb } from '../bench-probes';
import { probeInvocations } from './invocation-probe';
import { clock, wire } from './wire';

export interface BackfillScenario {
  tickets: number;
  replies: number;
  /** Network faults for consumer calls (both sides), or none. */
  faults?: FaultPolicy;
  /** Keep the Jira outcome, to compare runs (costly for large runs). */
  outcome?: boolean;
}

/**
 * One backfill as a person runs it (estimate, start), into ENG from a Freshdesk account of
 * `tickets` tickets with `replies` public replies each, on the simulated clock with Freshdesk's
 * 400 credits a minute and Jira's limits enforced, and what it cost and took.
 */
export async function runBackfill(deskbridge: LocalDeskbridge, scenario: BackfillScenario) {
  const gc = collector();
  const { integrationId } = await setUpFreshdeskSync(deskbridge, engConfig({ enabled: false }), { webhooks: false });
  const freshdesk = deskbridge.helpDesks.freshdesk as FreshdeskSandbox;
  const state = freshdesk.state as FreshdeskState;
  const data = seedBackfillTickets(state, { count: scenario.tickets, replies: scenario.replies });
  const moves = state.tickets.filter((ticket) => ticket.status === 3 || ticket.status === 4).length;
  const heapBeforeMb = heapMb(gc);
  const heapEmptyMb = await emptyHeapMb(deskbridge, gc);
  freshdesk.rateLimiter.reset();
  deskbridge.sandbox!.rateLimits.configure(ATLASSIAN_DEFAULTS);
  wire.reset();
  const probe = probeInvocations(deskbridge);
  const cpuStarted = performance.now();
  const cpu = process.cpuUsage();
  const backfill = backfillClient(deskbridge, integrationId);
  try {
    await backfill.estimate();
    const estimated = await backfill.settle();
    if (scenario.faults) setNetworkFaults(scenario.faults);
    const startedAt = clock.now();
    await backfill.start();
    await deskbridge.runtime.queue.drain();
    setNetworkFaults(undefined);
    let status = await backfill.status();
    // What faults left as failures is retried, as a person would.
    if (status!.failures.length > 0) {
      await backfill.retryFailures();
      status = await backfill.settle();
    }
    const simulatedMs = Date.parse(status!.finishedAt ?? new Date().toISOString()) - startedAt;
    const result = {
      tickets: data.tickets,
      replies: data.replies,
      moves,
      estimate: estimated.estimate!,
      status: { state: status!.state, done: status!.done, failed: status!.failed, comments: status!.comments, retries: status!.retries, lastError: status!.lastError },
      simulatedHours: simulatedMs / 3_600_000,
      wallSeconds: (performance.now() - cpuStarted) / 1000,
      cpuSeconds: ((usage) => (usage.user + usage.system) / 1e6)(process.cpuUsage(cpu)),
      calls: { jira: { ...wire.counts.jira }, helpdesk: { ...wire.counts.helpdesk } },
      jiraLimits: { ...deskbridge.sandbox!.rateLimits.stats },
      longestInvocationMs: probe.longestMs('sync-backfill'),
      invocations: probe.invocations('sync-backfill'),
      budgetMs: BACKFILL_TIMEOUT_SECONDS * 1000,
      heap: { beforeMb: heapBeforeMb, peakMb: probe.peakHeapMb(), peakLiveMb: 0, afterMb: heapMb(gc), dataMb: 0, ownPeakMb: 0, retainedMb: 0 },
      outcome: scenario.outcome ? jiraOutcome(deskbridge, 'ENG') : undefined,
    };
    // A run too short for V8 to make a full collection of its own: the heap after ours is the live peak.
    result.heap.peakLiveMb = Math.max(probe.peakLiveHeapMb(), result.heap.afterMb);
    // What stays once the sandboxes and the store are emptied is the app's (and the platform's) own: it must not grow with the run.
    await emptyStores(deskbridge);
    const emptiedMb = heapMb(gc);
    result.heap.retainedMb = emptiedMb - heapEmptyMb;
    // The simulated Jira, help desk and KVS live in this process (on Forge they are other services):
    // what they held at the end is set apart from the peak, which leaves the invocations' own working heap.
    result.heap.dataMb = result.heap.afterMb - emptiedMb;
    result.heap.ownPeakMb = result.heap.peakMb - result.heap.dataMb;
    return result;
  } finally {
    setNetworkFaults(undefined);
    probe.stop();
    deskbridge.sandbox!.rateLimits.configure(undefined);
  }
}

export type BackfillResult = Awaited<ReturnType<typeof runBackfill>>;

/** Empties the sandboxes' data and the local store (the next run sets itself up again). */
async function emptyStores(deskbridge: LocalDeskbridge): Promise<void> {
  deskbridge.runtime.kvs.clear();
  const state = deskbridge.helpDesks.freshdesk.state as FreshdeskState;
  state.tickets = [];
  state.conversations = [];
  await fetch(`${deskbridge.jiraUrl}/__sandbox/reset`, { method: 'POST' });
}

/** The heap with the account's data set aside for a moment: the baseline `retainedMb` is measured against. */
async function emptyHeapMb(deskbridge: LocalDeskbridge, gc: () => void): Promise<number> {
  const state = deskbridge.helpDesks.freshdesk.state as FreshdeskState;
  const kept = { tickets: state.tickets, conversations: state.conversations };
  state.tickets = [];
  state.conversations = [];
  const empty = heapMb(gc);
  Object.assign(state, kept);
  return empty;
}
