/**
 * `npm run bench`: ingests a 100,000-user directory through the local Forge runtime, then runs one
 * personal data reporting cycle over it, and prints what the identity issue asks to see: time,
 * consumer invocations and the longest one against its budget, heap before/after, KVS writes,
 * report requests. Then the sync benchmark (bench/sync): backfill cost, throughput, invocation
 * budget and fault soak on a simulated clock, and event latency. Figures also go to
 * bench/results.json (git-ignored). BENCH_ONLY=identity or BENCH_ONLY=sync runs one part.
 */
import './sync/wire'; // must load before local/runtime/egress (it wraps the native fetch egress keeps)
import '../local/runtime/egress'; // must load before @forge/api (see local/runtime/egress.ts)
import fs from 'node:fs';
import path from 'node:path';
import { startLocalDeskbridge } from '../local/local-deskbridge';
import { IDENTITY_FUNCTION_TIMEOUT_SECONDS } from '../src/identity/invocation-budget';
import { invokeOk, ROLES } from '../test/support/local-app';
import { attachProbes, collector, heapMb, namespaceBytes, type Probes } from './bench-probes';
import { reportPart, runParts, type Part } from './bench-parts';
import { printReport } from './bench-report';
import { printSyncReport } from './sync/sync-report';
import { runSyncBench, startSimulatedClock } from './sync/run-sync-bench';

const USERS = Number(process.env.BENCH_USERS ?? 100_000);
const PARTS = (process.env.BENCH_ONLY ?? 'identity,sync').split(',');
const repoRoot = path.resolve(__dirname, '..');

/**
 * The parts run as child processes (bench-parts.ts), two at a time on this two-core machine: the
 * identity benchmark, the 10,000-ticket backfills with the naive baseline, and the 50,000-ticket
 * backfill side by side; then event latency alone (it is measured in real time, so nothing else
 * may compete for the CPU meanwhile).
 */
async function main() {
  if (process.env.BENCH_PART) return reportPart(process.env.BENCH_PART === 'identity' ? await identity() : await sync());
  const parts: Part[] = [];
  if (PARTS.includes('identity')) parts.push({ name: 'identity', env: { BENCH_PART: 'identity' } });
  if (PARTS.includes('sync')) {
    parts.push({ name: 'backfill', env: { BENCH_PART: 'sync', BENCH_SYNC_PHASES: 'backfill,faults,naive' } });
    parts.push({ name: 'backfill-large', env: { BENCH_PART: 'sync', BENCH_SYNC_PHASES: 'large' } });
  }
  const results: Record<string, unknown> = { at: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length };
  const figures = await runParts(parts);
  if (PARTS.includes('identity')) Object.assign(results, figures.shift());
  if (PARTS.includes('sync')) {
    const [latency] = await runParts([{ name: 'latency', env: { BENCH_PART: 'sync', BENCH_SYNC_PHASES: 'latency' } }]);
    results.sync = Object.assign({}, ...figures, latency);
  }
  fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  if (PARTS.includes('identity')) printReport(results as unknown as Parameters<typeof printReport>[0]);
  if (PARTS.includes('sync')) printSyncReport(results.sync as unknown as Parameters<typeof printSyncReport>[0]);
}

/**
 * The sync part, on a Deskbridge of its own (the identity part's 100,000 users would sit in its
 * heap), started on the simulated clock so the sandboxes' rate limiters read it too.
 */
async function sync() {
  startSimulatedClock();
  const deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, log: (line) => process.env.BENCH_VERBOSE && console.log(line) });
  try {
    return await runSyncBench(deskbridge, (line) => console.log(line));
  } finally {
    await deskbridge.close();
  }
}

async function identity() {
  const gc = collector();
  const deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, log: (line) => process.env.BENCH_VERBOSE && console.log(line) });
  try {
    await invokeOk(deskbridge, ROLES.jiraAdmin, 'integrations/create', { name: 'Support desk', tool: 'zendesk', projectId: '10000' });
    const generated = await (await fetch(`${deskbridge.jiraUrl}/__sandbox/users/generate`, post({ count: USERS, emailVisibleEvery: 10 }))).json();
    const probes = attachProbes(deskbridge);

    const first = await measure(gc, probes, async () => {
      await invokeOk(deskbridge, ROLES.jiraAdmin, 'identity/sync-now');
      await deskbridge.runtime.queue.drain();
    });
    const directoryBytes = namespaceBytes(deskbridge, 'entity:directory-user');
    const run = await invokeOk(deskbridge, ROLES.jiraAdmin, 'identity/status');
    // Steady state: the same directory again. The store already holds every user, so any growth here is the app's.
    const second = await measure(gc, probes, async () => {
      await invokeOk(deskbridge, ROLES.jiraAdmin, 'identity/sync-now');
      await deskbridge.runtime.queue.drain();
    });
    const cycle = await measure(gc, probes, () => deskbridge.runtime.runScheduledTrigger('identity-personal-data-report'));
    const status = await invokeOk(deskbridge, ROLES.jiraAdmin, 'identity/status');
    probes.stop();

    return {
      sandboxUsers: generated.totalUsers,
      directory: { ...summarise(first), storedUsers: run.directory.users, withEmail: run.directory.withEmail, kvsDirectoryMb: directoryBytes / 2 ** 20 },
      steadyState: summarise(second),
      personalData: {
        ...summarise(cycle),
        reportRequests: cycle.invocations.filter((call) => call.kind === 'report' && call.retry === 0).length,
        maxAccountsPerRequest: Math.max(0, ...cycle.invocations.filter((call) => call.kind === 'report').map((call) => call.accounts)),
        accountsReported: status.personalData.reported,
        walkChunks: cycle.invocations.filter((call) => call.kind === 'walk').length,
      },
      budgetMs: (IDENTITY_FUNCTION_TIMEOUT_SECONDS * 1000) / 2,
    };
  } finally {
    await deskbridge.close();
  }
}

type Measured = Awaited<ReturnType<typeof measure>>;

async function measure(gc: () => void, probes: Probes, work: () => Promise<unknown>) {
  const heapBeforeMb = heapMb(gc);
  probes.reset();
  const started = performance.now();
  await work();
  const wallMs = performance.now() - started;
  return { wallMs, heapBeforeMb, heapAfterMb: heapMb(gc), peakHeapMb: probes.peakHeapMb(), kvsWrites: probes.kvsWrites(), invocations: [...probes.invocations] };
}

function summarise(measured: Measured) {
  const longest = Math.max(0, ...measured.invocations.map((call) => call.ms));
  const { invocations, ...rest } = measured;
  return { ...rest, consumerInvocations: invocations.length, retries: invocations.filter((call) => call.retry > 0).length, longestInvocationMs: longest };
}

const post = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
