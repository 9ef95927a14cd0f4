/**
 * Fault injection: with a fifth of the app's calls to Jira and to the help desk failing (429 with
 * Retry-After, 500, 503, and answers lost after the write was made, which is a consumer crashing
 * mid-change), the end state equals the fault-free run of the same changes.
 */
import type { FaultPolicy, NetworkFault } from '../../../local/runtime/network-faults';
import { useLocalDeskbridge } from '../../support/local-app';
import { jiraEventInterceptor, runScenario, type Op } from '../../support/sync-scenario';

const events = jiraEventInterceptor();
const local = useLocalDeskbridge({ queueDelayScale: 0.001, interceptProductEvents: events.intercept });

const OPS: Op[] = [
  { kind: 'ticketReply', text: 'First reply' },
  { kind: 'jiraComment', text: 'Investigating', restricted: false },
  { kind: 'ticketNote', text: 'Customer is VIP' },
  { kind: 'ticketSubject', text: 'Checkout fails for VIPs' },
  { kind: 'jiraComment', text: 'Cache bug found', restricted: true },
  { kind: 'ticketReply', text: 'Thanks for the update' },
  { kind: 'jiraComment', text: 'Fix deployed', restricted: false },
];

/** A seeded generator, so a failure can be replayed exactly. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function twentyPercent(seed: number, counts: Record<string, number>): FaultPolicy {
  const random = seeded(seed);
  const faults: NetworkFault[] = [
    { kind: 'status', status: 429, retryAfterSeconds: 1 },
    { kind: 'status', status: 500 },
    { kind: 'status', status: 503 },
    { kind: 'lost-answer' },
  ];
  let injected = 0;
  return (call) => {
    counts.calls = (counts.calls ?? 0) + 1;
    if (random() >= 0.2) return undefined;
    // The kinds take turns, so every kind occurs in every run.
    const fault = faults[injected++ % faults.length];
    const name = fault.kind === 'status' ? `${call.side} ${fault.status}` : `${call.side} lost answer`;
    counts[name] = (counts[name] ?? 0) + 1;
    return fault;
  };
}

test('a fifth of all calls failing ends in the same state as no failures', async () => {
  const ops = OPS.map((op) => ({ op, fate: 'once' as const }));
  const clean = await runScenario(local.deskbridge, events.state, ops);
  for (const seed of [7, 42]) {
    const counts: Record<string, number> = {};
    const faulty = await runScenario(local.deskbridge, events.state, ops, [], twentyPercent(seed, counts));
    expect(faulty).toEqual(clean);
    // The run really was faulty: failures of every kind, on both sides.
    const names = Object.keys(counts).filter((name) => name !== 'calls');
    expect(names.some((name) => name.startsWith('jira'))).toBe(true);
    expect(names.some((name) => name.startsWith('helpdesk'))).toBe(true);
    expect(names.filter((name) => name.endsWith('lost answer')).length).toBeGreaterThan(0);
  }
}, 240_000);
