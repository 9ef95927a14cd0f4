/** Prints the benchmark's figures as two small tables (the same figures are in bench/results.json). */

interface Phase {
  wallMs: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  peakHeapMb: number;
  kvsWrites: number;
  consumerInvocations: number;
  retries: number;
  longestInvocationMs: number;
}

interface Results {
  sandboxUsers: number;
  cpus: number;
  node: string;
  budgetMs: number;
  directory: Phase & { storedUsers: number; withEmail: number; kvsDirectoryMb: number };
  steadyState: Phase;
  personalData: Phase & { reportRequests: number; maxAccountsPerRequest: number; accountsReported: number; walkChunks: number };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (value: number) => `${value.toFixed(1)} MB`;
const n = (value: number) => value.toLocaleString('en');

function table(title: string, rows: [string, string][]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n${title}`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
}

function phaseRows(phase: Phase, budgetMs: number): [string, string][] {
  return [
    ['wall time', s(phase.wallMs)],
    ['consumer invocations', `${n(phase.consumerInvocations)} (${phase.retries} retries)`],
    ['longest invocation / budget', `${s(phase.longestInvocationMs)} / ${s(budgetMs)} (half of timeoutSeconds)`],
    ['heap used before → after (after GC)', `${mb(phase.heapBeforeMb)} → ${mb(phase.heapAfterMb)}`],
    ['peak heap while running', mb(phase.peakHeapMb)],
    ['KVS writes', n(phase.kvsWrites)],
  ];
}

export function printReport(results: Results): void {
  console.log(`Deskbridge identity benchmark: ${n(results.sandboxUsers)} sandbox accounts, node ${results.node}, ${results.cpus} CPUs`);
  table('Directory sync (first run)', [
    ['users stored / with email hash', `${n(results.directory.storedUsers)} / ${n(results.directory.withEmail)}`],
    ...phaseRows(results.directory, results.budgetMs),
    ['of which the local KVS now holds (directory)', mb(results.directory.kvsDirectoryMb)],
  ]);
  console.log('  (the local KVS and the sandbox Jira live in this same process: the first run\'s heap growth is the stored directory)');
  table('Directory sync (second run, store already full: growth here would be the app)', phaseRows(results.steadyState, results.budgetMs));
  table('Personal data reporting (one cycle)', [
    ['accounts reported', n(results.personalData.accountsReported)],
    ['report requests (≤ 90 accounts each)', `${n(results.personalData.reportRequests)} (largest: ${results.personalData.maxAccountsPerRequest})`],
    ['walk chunks', n(results.personalData.walkChunks)],
    ...phaseRows(results.personalData, results.budgetMs),
  ]);
  console.log('  (peak heap here is garbage from the local KVS, which copies and sorts a namespace for every query; after GC the heap is flat)');
}
