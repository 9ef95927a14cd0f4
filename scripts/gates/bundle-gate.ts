import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getEntryPoints, getNodeBundler, getWrapperProvider } from '@forge/bundler';
import { ConfigFile, FileSystemReader, FileSystemWriter, type Logger } from '@forge/cli-shared';
import { describeError, failed, passed, stripAnsi, type GateResult } from './gate-result';
import { inRepo } from './repo-context';

const NAME = 'bundle';

/**
 * Packages the Forge functions the way `forge deploy` does, offline: `@forge/bundler`'s
 * `getNodeBundler(logger, wrapperProvider, configFile).bundle({ appDirectory, entryPoints })`
 * over the entry points of the manifest's function handlers (webpack + ts-loader, target node).
 * It catches what type-checking and jest don't: an import webpack cannot resolve or package, a
 * handler file that doesn't build, a dependency that only works unbundled.
 *
 * Offline means no runtime download: the bundler fetches Forge's node runtime wrapper and loader
 * from Atlassian's CDN unless `FORGE_RUNTIME_PATH` names a folder holding `dist/wrapper.js` and
 * `dist/loader.js`. Their content is only copied next to the bundle, so stubs do.
 *
 * Everything is written under one temp folder that is always removed: `TMPDIR` points there
 * while bundling, because the bundler picks its own output folder with `tmp` (os.tmpdir()).
 */
export async function bundleGate(repoRoot: string): Promise<GateResult> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deskbridge-bundle-'));
  try {
    const runtimeDir = writeStubRuntime(workDir);
    const outputRoot = path.join(workDir, 'out');
    fs.mkdirSync(outputRoot);
    const env = { FORGE_RUNTIME_PATH: runtimeDir, TMPDIR: outputRoot, TMP: outputRoot, TEMP: outputRoot };
    return await inRepo(repoRoot, env, () => bundle(path.resolve(repoRoot)));
  } catch (error) {
    return failed(NAME, [`bundling failed: ${describeError(error)}`]);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

async function bundle(appDirectory: string): Promise<GateResult> {
  const warnings: string[] = [];
  const logger = collectingLogger(warnings);
  const reader = new FileSystemReader();
  const configFile = new ConfigFile(reader, new FileSystemWriter());
  const entryPoints = getEntryPoints(await configFile.getAppHandlers());
  if (entryPoints.length === 0) return passed(NAME, ['manifest.yml declares no function handlers: nothing to bundle.']);

  const bundler = getNodeBundler(logger, getWrapperProvider({ fileSystemReader: reader }), configFile);
  const output = await bundler.bundle({ appDirectory, entryPoints });

  const files = listFiles(output.outputDir);
  const code = files.filter((file) => /\.c?js$/.test(file.name));
  const total = (list: { size: number }[]) => list.reduce((sum, file) => sum + file.size, 0);
  return passed(NAME, [
    `bundled ${entryPoints.map((entry) => `src/${entry.name}`).join(', ')}: ` +
      `${code.map((file) => `${file.name} ${kib(file.size)}`).join(', ')} (code ${kib(total(code))}, with source maps ${kib(total(files))})`,
    ...(output.metadata?.modules?.length ? [`packages bundled: ${output.metadata.modules.join(', ')}`] : []),
    ...warnings.map((warning) => `warning: ${warning}`),
  ]);
}

/** The runtime files the bundler copies beside the bundle; real ones come from Atlassian's CDN. */
function writeStubRuntime(workDir: string): string {
  const runtimeDir = path.join(workDir, 'forge-runtime');
  fs.mkdirSync(path.join(runtimeDir, 'dist'), { recursive: true });
  for (const script of ['wrapper', 'loader']) {
    fs.writeFileSync(path.join(runtimeDir, 'dist', `${script}.js`), `// offline stub of Forge's node runtime ${script} (bundle gate)\n`);
  }
  return runtimeDir;
}

/** Webpack warnings reach the logger's `warn`; they are worth seeing but don't fail the gate. */
function collectingLogger(warnings: string[]): Logger {
  const ignore = () => undefined;
  return {
    traceEnabled: false,
    debugEnabled: false,
    trace: ignore,
    debug: ignore,
    info: ignore,
    warn: (message: string) => warnings.push(stripAnsi(message).split('\n')[0]),
    error: (error: Error) => warnings.push(describeError(error)),
  };
}

function listFiles(directory: string): { name: string; size: number }[] {
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return { name: path.relative(directory, full), size: fs.statSync(full).size };
    });
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
