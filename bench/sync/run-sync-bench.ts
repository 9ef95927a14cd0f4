import type { LocalDeskbridge } from '../../local/local-deskbridge';
import { currentInvocation } from '../../local/runtime/invocation-scope';
import type { FaultPolicy, NetworkFault } from '../../local/runtime/network-faults';
import { runBackfill, type BackfillResult } from './backfill-scenario';
import { measureLatency } from './latency-scenario';
import { runNaive } from './naive-scenario';
import { clock, wire } from './wire';

/** Sizes, overridable for a quick look: BENCH_SYNC_TICKETS, BENCH_SYNC_LARGE, BENCH_SYNC_NAIVE, BENCH_SYNC_EVENTS. */
const SIZES = {
  tickets: Number(process.env.BENCH_SYNC_TICKETS ?? 10_000),
  large: Number(process.env.BENCH_SYNC_LARGE ?? 50_000),
  naive: Number(process.env.BENCH_SYNC_NAIVE ?? 1_000),
  events: Number(process.env.BENCH_SYNC_EVENTS ?? 1_000),
  replies: 3,
  /**
   * The 50,000-ticket run checks that chunk length and heap stay flat as the total grows; without
   * replies it makes a third of the calls, which keeps `npm run bench` inside ten minutes (the
   * sandboxes' own lookups grow with the data they hold, and dominate at that size).
   */
  largeReplies: Number(process.env.BENCH_SYNC_LARGE_REPLIES ?? 0),
};
/** The parts to run (BENCH_SYNC_PHASES, comma-separated); all by default. */
const PHASES = (process.env.BENCH_SYNC_PHASES ?? 'backfill,faults,naive,large,latency').split(',');

/** Network latency modelled on the simulated clock (ms): Forge to Jira, to a help desk, and per issue of a bulk create. */
const LATENCY = { jira: 120, helpdesk: 150, perIssueMs: 20 };
/** The simulated run starts just after an hour began (Jira's quota resets on the hour). */
const START = Date.parse('2026-03-02T09:03:00Z');

/** 10 % of consumer calls, both sides, every kind in turn: 429 with Retry-After, 500, 503, answers lost after the write, a thrown error. */
function tenPercent(): FaultPolicy {
  let seed = 2026;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const kinds: (NetworkFault | 'throw')[] = [{ kind: 'status', status: 429, retryAfterSeconds: 2 }, { kind: 'status', status: 500 }, { kind: 'status', status: 503 }, { kind: 'lost-answer' }, 'throw'];
  let turn = 0;
  return () => {
    if (currentInvocation()?.moduleType !== 'core:consumer' || random() >= 0.1) return undefined;
    const fault = kinds[turn++ % kinds.length];
    if (fault === 'throw') throw new Error('Injected crash inside the invocation');
    return fault;
  };
}

/**
 * The sync benchmark: backfill cost and throughput at 10,000 tickets (and the same with 10 %
 * faults, compared issue by issue), heap and invocation length again at 50,000, the naive
 * baseline side by side, and event latency both ways. Everything but the latency runs on the
 * simulated clock.
 */
export async function runSyncBench(deskbridge: LocalDeskbridge, log: (line: string) => void, phases = PHASES) {
  wire.jiraUrl = deskbridge.jiraUrl;
  startSimulatedClock();
  wire.latency = LATENCY;
  const results: Record<string, unknown> = { sizes: SIZES, latencyModelMs: LATENCY };
  try {
    let clean: BackfillResult | undefined;
    if (phases.includes('backfill')) {
      log(`sync: backfill of ${SIZES.tickets} tickets…`);
      clean = await runBackfill(deskbridge, { tickets: SIZES.tickets, replies: SIZES.replies, outcome: phases.includes('faults') });
      results.clean = strip(clean);
    }
    if (phases.includes('faults')) {
      log('sync: the same with 10 % faults…');
      const faulty = await runBackfill(deskbridge, { tickets: SIZES.tickets, replies: SIZES.replies, outcome: true, faults: tenPercent() });
      results.faulty = { ...strip(faulty), sameFinalState: JSON.stringify(faulty.outcome) === JSON.stringify(clean?.outcome) };
    }
    if (phases.includes('naive')) {
      log(`sync: naive baseline over ${SIZES.naive} tickets…`);
      results.naive = await runNaive(deskbridge, { tickets: SIZES.naive, replies: SIZES.replies });
    }
    if (phases.includes('large')) {
      log(`sync: backfill of ${SIZES.large} tickets…`);
      results.large = strip(await runBackfill(deskbridge, { tickets: SIZES.large, replies: SIZES.largeReplies }));
    }
    clock.uninstall();
    if (phases.includes('latency')) {
      wire.latency = { jira: 0, helpdesk: 0, perIssueMs: 0 };
      log(`sync: event latency over ${SIZES.events} events each way…`);
      results.latency = await measureLatency(deskbridge, SIZES.events);
    }
    return results;
  } finally {
    clock.uninstall();
  }
}

/** Installs the simulated clock (before the sandboxes start, so their rate limiters take it as theirs). */
export function startSimulatedClock(): void {
  clock.setNow(START);
  clock.install();
}

const strip = ({ outcome: _outcome, ...result }: BackfillResult) => result;
