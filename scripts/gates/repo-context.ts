import fs from 'node:fs';
import path from 'node:path';

/**
 * Runs a step with the process's working directory set to a repository root and with some
 * environment variables set, then puts both back.
 *
 * Why: Forge's own tooling (`ConfigFile`, `@forge/lint`, `@forge/bundler`) reads `manifest.yml`,
 * `tsconfig.json`, `.gitignore` and `src/` relative to `process.cwd()`, and takes its offline
 * switches (`LOCAL_*_SWAGGER`, `FORGE_RUNTIME_PATH`) from `process.env`, exactly as the Forge CLI
 * does. Both are process-wide, so steps are queued one after the other: two gates running at once
 * (a test calling two of them in parallel, say) must not see each other's directory.
 */
export async function inRepo<T>(repoRoot: string, env: Record<string, string>, step: () => Promise<T>): Promise<T> {
  const run = queue.then(() => runInRepo(repoRoot, env, step));
  // The queue only orders steps; a failing step must not stop the ones after it.
  queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

let queue: Promise<void> = Promise.resolve();

async function runInRepo<T>(repoRoot: string, env: Record<string, string>, step: () => Promise<T>): Promise<T> {
  const root = path.resolve(repoRoot);
  if (!fs.existsSync(path.join(root, 'manifest.yml'))) {
    throw new Error(`${root} is not a Forge app: it has no manifest.yml`);
  }
  const previousCwd = process.cwd();
  const previousEnv = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  process.chdir(root);
  Object.assign(process.env, env);
  try {
    return await step();
  } finally {
    process.chdir(previousCwd);
    for (const [key, value] of Object.entries(previousEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** Where the repository the scripts live in starts: scripts/gates/ is two levels down. */
export const thisRepoRoot = (): string => path.resolve(__dirname, '..', '..');
