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
    return {
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
      heap: { beforeMb: heapBeforeMb, peakMb: probe.peakHeapMb(), peakLiveMb: probe.peakLiveHeapMb(), afterMb: heapMb(gc) },
      outcome: scenario.outcome ? jiraOutcome(deskbridge, 'ENG') : undefined,
    };
  } finally {
    setNetworkFaults(undefined);
    probe.stop();
    deskbridge.sandbox!.rateLimits.configure(undefined);
  }
}

export type BackfillResult = Awaited<ReturnType<typeof runBackfill>>;
