import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fromFindings, type GateResult } from './gate-result';

const NAME = 'typecheck';

/** Diagnostics shown per project; the rest are counted, so one broken import can't flood the log. */
const MAX_DIAGNOSTICS = 40;

/**
 * Type-checks both TypeScript projects: the Forge functions, local runtime, scripts and tests
 * (`tsconfig.json` at the root) and the Custom UI (`static/tsconfig.json`, which the root project
 * excludes because it targets the browser). jest strips types without checking them
 * (`isolatedModules`, no diagnostics), so this gate is where type errors are caught.
 *
 * It runs the repository's own `tsc` in a child process: that is exactly what `npm run typecheck`
 * does, and a child keeps the compiler's memory out of the gate runner. Both projects are checked
 * at the same time; they share nothing.
 */
export async function typecheckGate(repoRoot: string): Promise<GateResult> {
  const root = path.resolve(repoRoot);
  const projects = ['.', 'static'];
  const outcomes = await Promise.all(projects.map((project) => checkProject(root, project)));
  return fromFindings(NAME, outcomes.flat());
}

/** The findings for one project: none when `tsc` exits 0. */
async function checkProject(root: string, project: string): Promise<string[]> {
  const configFile = path.join(root, project, 'tsconfig.json');
  const label = path.relative(root, configFile);
  if (!fs.existsSync(configFile)) {
    return [`${label} not found: that project cannot be type-checked. Add it (it is what \`tsc --noEmit -p ${project}\` reads).`];
  }
  let tsc: string;
  try {
    tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  } catch {
    return [`typescript is not installed under ${root}/node_modules: run npm ci.`];
  }
  const { code, output } = await run(process.execPath, [tsc, '--noEmit', '-p', project, '--pretty', 'false'], root);
  if (code === 0) return [];
  const lines = output.split('\n').filter((line) => line.trim() !== '');
  const diagnostics = lines.filter((line) => /error TS\d+/.test(line));
  const shown = (diagnostics.length > 0 ? diagnostics : lines).slice(0, MAX_DIAGNOSTICS);
  const hidden = (diagnostics.length > 0 ? diagnostics : lines).length - shown.length;
  return [
    `tsc --noEmit -p ${project} failed (exit ${code}) with ${diagnostics.length} error(s); fix them in the files named:`,
    ...shown.map((line) => `  ${line}`),
    ...(hidden > 0 ? [`  … and ${hidden} more (run: npx tsc --noEmit -p ${project})`] : []),
  ];
}

function run(command: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ code: -1, output: `could not start tsc: ${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}
