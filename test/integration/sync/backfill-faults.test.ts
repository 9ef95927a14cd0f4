/**
 * A backfill that crashes and fails on the way ends where a clean one ends: one issue per ticket,
 * each comment once, every link in place. Faults are on the wire (429 with Retry-After, 500, 503,
 * answers lost after the write was made: the consumer dying right after a write) and in the
 * code (a thrown error mid-unit); the run resumes from its checkpoint each time.
 */
import { setNetworkFaults, type FaultPolicy, type NetworkFault } from '../../../local/runtime/network-faults';
import { allLinksOfIntegration } from '../../../src/sync/links/link-store';
import { seedBackfillTickets } from '../../support/backfill-data';
import { backfillClient, jiraOutcome } from '../../support/backfill-harness';
import { useLocalDeskbridge } from '../../support/local-app';
import { engConfig, setUpFreshdeskSync } from '../../support/sync-harness';

const local = useLocalDeskbridge({ queueDelayScale: 0.0001 });
const TICKETS = 120;

afterEach(() => setNetworkFaults(undefined));

/** A seeded generator, so a failing run can be replayed exactly. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes fail often, in the ways that leave the most to recover (no answer, or one lost after the
 * write was made, or the invocation throwing); a few reads on each side get 429 and 503, which the
 * HTTP layers wait out (in real time here, so they are kept few: the benchmark's fault soak has
 * them at the same rate as writes, on its simulated clock).
 */
function faults(seed: number, counts: Record<string, number>): FaultPolicy {
  const random = seeded(seed);
  const onWrites: (NetworkFault | 'throw')[] = [{ kind: 'status', status: 500 }, { kind: 'lost-answer' }, 'throw'];
  const onReads: NetworkFault[] = [{ kind: 'status', status: 503 }, { kind: 'status', status: 429, retryAfterSeconds: 1 }];
  let injected = 0;
  const reads = { jira: 0, helpdesk: 0 };
  return (call) => {
    const write = call.method === 'POST';
    if (write ? random() >= 0.15 : (reads[call.side] += 1) % 150 !== 7 || reads[call.side] > 300) return undefined;
    const kinds = write ? onWrites : onReads;
    const fault = kinds[injected++ % kinds.length];
    const name = `${call.side} ${call.method} ${fault === 'throw' ? 'thrown' : fault.kind === 'status' ? fault.status : 'lost answer'}`;
    counts[name] = (counts[name] ?? 0) + 1;
    if (fault === 'throw') throw new Error('Injected crash inside the invocation');
    return fault;
  };
}

async function backfillAll(seed?: number) {
  const { deskbridge } = local;
  const { integrationId } = await setUpFreshdeskSync(deskbridge, engConfig(), { webhooks: false });
  const freshdesk = deskbridge.helpDesks.freshdesk.state;
  seedBackfillTickets(freshdesk, { count: TICKETS, replies: 3 });
  freshdesk.rate_limit_per_minute = 100_000;
  const backfill = backfillClient(deskbridge, integrationId);
  await backfill.estimate();
  await backfill.settle();
  const counts: Record<string, number> = {};
  if (seed !== undefined) setNetworkFaults(faults(seed, counts));
  await backfill.start();
  await deskbridge.runtime.queue.drain();
  setNetworkFaults(undefined);
  let status = await backfill.settle();
  // Faults may have stopped a ticket for good (e.g. a refused write counted as a failure): retrying must finish it.
  if (status.failures.length > 0) {
    await backfill.retryFailures();
    status = await backfill.settle();
  }
  return { integrationId, status, counts, outcome: jiraOutcome(deskbridge, 'ENG'), links: await allLinksOfIntegration(integrationId) };
}

test('a backfill through crashes, lost answers and 5xx ends exactly like a clean one', async () => {
  const clean = await backfillAll();
  expect(clean.status).toMatchObject({ state: 'done', done: TICKETS, failed: 0 });
  expect(clean.outcome).toHaveLength(TICKETS);
  expect(clean.status.comments).toBe(TICKETS * 3);

  for (const seed of [3, 11]) {
    const faulty = await backfillAll(seed);
    expect([faulty.status.state, faulty.status.lastError]).toEqual(['done', undefined]);
    expect(faulty.outcome).toEqual(clean.outcome);
    // The progress page's figures agree with Jira, including what was finished after a crash.
    expect([faulty.status.done, faulty.status.comments]).toEqual([clean.status.done, clean.status.comments]);
    expect(faulty.links.map((link) => [link.ticketId, link.state]).sort()).toEqual(clean.links.map((link) => [link.ticketId, link.state]).sort());
    // The run really was faulty, on both sides, with writes whose answers were lost.
    const names = Object.keys(faulty.counts);
    expect(names.some((name) => name.startsWith('jira POST') && name.endsWith('lost answer'))).toBe(true);
    expect(names.some((name) => name.startsWith('helpdesk'))).toBe(true);
    expect(names.some((name) => name.endsWith('thrown'))).toBe(true);
  }
}, 60_000);
