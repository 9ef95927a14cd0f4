/**
 * The offline gates `npm test` runs before jest (package.json: build:ui → run-gates → jest).
 * Each gate stands in for a Forge CLI step that needs an Atlassian login on these machines
 * (DESIGN.md §5): typecheck, manifest (forge deploy's validation), lint (forge lint), our own
 * forge-checks for what the linter misses, and bundle (forge deploy's packaging).
 *
 *   npx tsx scripts/gates/run-gates.ts                 all gates, in order
 *   npx tsx scripts/gates/run-gates.ts --only lint     one gate (repeatable)
 *   npx tsx scripts/gates/run-gates.ts --repo <dir>    another checkout (default: this one)
 *
 * One line per gate (PASS / FAIL / SKIPPED and the reason), the messages of every gate that has
 * any, and a non-zero exit when a gate failed. A skipped gate does not fail the run, but says so
 * loudly: it means a check did not happen.
 */
import path from 'node:path';
import { bundleGate } from './bundle-gate';
import { forgeChecksGate } from './forge-checks-gate';
import { describeError, formatDuration, type Gate, type GateResult } from './gate-result';
import { lintGate } from './lint-gate';
import { manifestGate } from './manifest-gate';
import { thisRepoRoot } from './repo-context';
import { typecheckGate } from './typecheck-gate';

/** In order: cheap and fundamental first, packaging last. */
const GATES: { name: string; gate: Gate }[] = [
  { name: 'typecheck', gate: typecheckGate },
  { name: 'manifest', gate: manifestGate },
  { name: 'lint', gate: (root) => lintGate(root) },
  { name: 'forge-checks', gate: forgeChecksGate },
  { name: 'bundle', gate: bundleGate },
];

interface Timed {
  result: GateResult;
  ms: number;
}

async function main(argv: string[]): Promise<number> {
  const { only, repoRoot } = parseArgs(argv);
  const unknown = only.filter((name) => !GATES.some((gate) => gate.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown gate ${unknown.join(', ')}. Gates: ${GATES.map((gate) => gate.name).join(', ')}.`);
    return 2;
  }
  const selected = GATES.filter((gate) => only.length === 0 || only.includes(gate.name));
  console.log(`Deskbridge offline gates for ${repoRoot}: ${selected.map((gate) => gate.name).join(', ')}`);

  // One at a time: the gates are CPU-bound and per-gate timings stay meaningful.
  const results: Timed[] = [];
  for (const gate of selected) {
    const outcome = await timed(gate.name, gate.gate, repoRoot);
    report(outcome);
    results.push(outcome);
  }

  const count = (status: GateResult['status']) => results.filter(({ result }) => result.status === status).length;
  const failedNames = results.filter(({ result }) => result.status === 'fail').map(({ result }) => result.name);
  const verdict =
    failedNames.length > 0 ? `FAILED: ${failedNames.join(', ')}` : count('skipped') > 0 ? 'No gate failed, but some were SKIPPED' : 'All gates passed';
  console.log(`\n${verdict} (${count('pass')} passed, ${count('fail')} failed, ${count('skipped')} skipped)`);
  return failedNames.length > 0 ? 1 : 0;
}

/** Runs one gate; a gate that throws has a bug, and is reported as failed rather than lost. */
async function timed(name: string, gate: Gate, repoRoot: string): Promise<Timed> {
  const started = Date.now();
  let result: GateResult;
  try {
    result = await gate(repoRoot);
  } catch (error) {
    result = { name, status: 'fail', messages: [`the gate itself crashed: ${describeError(error)}`] };
  }
  return { result, ms: Date.now() - started };
}

function report({ result, ms }: Timed): void {
  const duration = formatDuration(ms);
  if (result.status === 'skipped') {
    console.log(`SKIPPED  ${result.name}: ${result.messages.join(' ')}  (${duration})`);
    console.log(`         !!! ${result.name} did NOT run: nothing it checks was checked.`);
    return;
  }
  console.log(`${result.status === 'pass' ? 'PASS' : 'FAIL'}     ${result.name}  (${duration})`);
  for (const message of result.messages) {
    console.log(message.replace(/^/gm, '         '));
  }
}

function parseArgs(argv: string[]): { only: string[]; repoRoot: string } {
  const only: string[] = [];
  let repoRoot = thisRepoRoot();
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--only' || arg === '--repo') {
      const value = argv[++index];
      if (!value) throw new Error(`${arg} needs a value`);
      if (arg === '--only') only.push(value);
      else repoRoot = path.resolve(value);
    } else if (arg.startsWith('--only=')) only.push(arg.slice('--only='.length));
    else if (arg.startsWith('--repo=')) repoRoot = path.resolve(arg.slice('--repo='.length));
    else throw new Error(`Unknown argument ${arg}. Usage: run-gates.ts [--only <gate>]... [--repo <dir>]`);
  }
  return { only, repoRoot };
}

// Exit explicitly: webpack and the TypeScript services can leave handles that keep node alive.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(describeError(error));
    process.exit(2);
  },
);
