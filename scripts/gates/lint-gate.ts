import fs from 'node:fs';
import path from 'node:path';
import {
  ApplicationCompileError,
  ConfigFile,
  FileSystemReader,
  FileSystemWriter,
  listGitIgnoreFiles,
  listTSConfigIncludeExclude,
  type StatsigService,
} from '@forge/cli-shared';
import { lint, parseSourceFile, tsParser, type LintConfig, type LintResult, type LintResultRule } from '@forge/lint';
import { describeError, failed, fromFindings, skipped, stripAnsi, type GateResult } from './gate-result';
import { NoFeatureFlags, specsDirectory, swaggerEnvironment } from './offline-lint-setup';
import { inRepo } from './repo-context';
import { shareManifestSchemaCompilation } from './share-manifest-schema';

const NAME = 'lint';

export interface LintGateOptions {
  /** Folder with the vendor API descriptions; defaults to $DESKBRIDGE_SPECS or <repo>/../shared/specs. */
  specsDir?: string;
}

/**
 * `forge lint`, offline. The CLI command needs an Atlassian login, so this calls the same library
 * the CLI (and `@forge/bundler`'s `runLinter`) calls, with the same arguments:
 * `lint(files, manifest, 'development', logger, flags, { linter: { mode: 'client-side' } })`.
 * It catches Jira/JSM calls whose OAuth scope the manifest lacks, bad module keys, missing handler
 * exports and undeclared egress.
 *
 * The library only prints what it finds; this gate turns every error (and every rule needing
 * `--approve`) into a failure carrying the linter's own message. Two silent failure modes of the
 * library are made loud here: a linter that crashes only logs a warning and reports nothing, and
 * a .ts file outside tsconfig.json's `include` globs is skipped without a word.
 *
 * One deliberate difference from the CLI: files are parsed without building a TypeScript program
 * (see parseWithoutProgram), which keeps this gate at a few seconds however large the repo grows.
 */
export async function lintGate(repoRoot: string, options: LintGateOptions = {}): Promise<GateResult> {
  const specsDir = options.specsDir ?? specsDirectory(repoRoot);
  if (!fs.existsSync(specsDir)) {
    const reason =
      `${specsDir} not found — @forge/lint needs the vendor API descriptions (Jira, JSM and Jira Software OpenAPI files) ` +
      'to know which scope each API call needs. Set DESKBRIDGE_SPECS to the folder holding them. Scope checks did NOT run.';
    console.error(`\n!!! SKIPPED ${NAME}: ${reason}\n`);
    return skipped(NAME, reason);
  }
  const { env, missing } = swaggerEnvironment(specsDir);
  if (missing.length > 0) {
    return failed(NAME, [`${specsDir} exists but lacks ${missing.join(', ')}; the linter would fall back to the network.`]);
  }
  shareManifestSchemaCompilation();
  try {
    return await inRepo(repoRoot, env, runLinter);
  } catch (error) {
    // lint() throws ApplicationCompileError when it cannot parse a file; anything else is a
    // problem reading the app (manifest.yml, resources) or a bug in the library.
    const what = error instanceof ApplicationCompileError ? 'could not parse a linted file (fix the syntax error named)' : 'could not run';
    return failed(NAME, [`@forge/lint ${what}: ${describeError(error)}`]);
  }
}

/** Runs inside the repository root: every path below is relative to it, as the CLI's are. */
async function runLinter(): Promise<GateResult> {
  const reader = new FileSystemReader();
  const configFile = new ConfigFile(reader, new FileSystemWriter());
  const manifest = await configFile.readConfig();
  const files = await filesToLint(reader, configFile);
  const findings = await filesOutsideTsconfig(reader, files);

  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(stripAnsi(message)) };
  // lint() is typed to take the CLI's StatsigService; it only calls the StatsigReader methods
  // that NoFeatureFlags inherits (StatsigService adds private network plumbing only).
  const flags = new NoFeatureFlags() as unknown as StatsigService;
  const results = await lint(files, manifest, 'development', logger, flags, {
    linter: { mode: 'client-side' },
    parseFunction: parseWithoutProgram,
  });

  findings.push(...logged.filter((line) => /could not perform some linting actions/i.test(line)).map(explainCrash));
  const notes: string[] = [];
  for (const result of results) {
    findings.push(...result.errors.map((rule) => describe(result, rule, 'error')));
    findings.push(...result.approvals.map((rule) => describe(result, rule, 'needs approval')));
    notes.push(...result.warnings.map((rule) => describe(result, rule, 'warning')));
  }
  notes.push(`linted ${files.length} file(s)`);
  return fromFindings(NAME, findings, notes);
}

/**
 * The CLI's parser hands typescript-estree the whole tsconfig.json project, so the first file it
 * parses builds a type-checked program of everything tsconfig includes (src, local, scripts,
 * test): ~12 s here and growing with the repo. The type information is used for one thing only:
 * a semantic error in a linted file aborts the whole lint. No linter reads it (the parser returns
 * just the AST). Type errors are the typecheck gate's job, reported there per file, so here each
 * file is parsed on its own: same AST, same findings, syntax errors still fail.
 */
const parseWithoutProgram: NonNullable<LintConfig['parseFunction']> = (filepath, _parser, readFile) =>
  parseSourceFile(filepath, (code, file) => tsParser(code, file, { project: undefined }), readFile);

/** The same selection as `@forge/bundler`'s runLinter: src/ plus UI Kit resources, minus .gitignore. */
async function filesToLint(reader: FileSystemReader, configFile: ConfigFile): Promise<string[]> {
  const exclude = [...(await listGitIgnoreFiles(reader)), '.git', 'node_modules'];
  const uiKitResources = await configFile.getResources(['nativeUI']);
  const directories = ['./src', ...uiKitResources.map((resource) => (resource.entry ? resource.path : path.dirname(resource.path)))];
  const perDirectory = await Promise.all(directories.map((directory) => reader.recursiveReadDir(directory, exclude)));
  return perDirectory.flat();
}

/**
 * lint() parses a .ts file only when tsconfig.json's `include` (expanded as globs) lists it; a
 * plain `"src"` expands to the folder, not its files, and every file is then skipped unseen.
 */
async function filesOutsideTsconfig(reader: FileSystemReader, files: string[]): Promise<string[]> {
  const { include, exclude } = await listTSConfigIncludeExclude(reader);
  if (include.length === 0 && exclude.length === 0) return [];
  const included = new Set(include);
  const excluded = new Set(exclude);
  const skippedFiles = files.filter((file) => /\.tsx?$/.test(file) && (!included.has(path.resolve(file)) || excluded.has(path.resolve(file))));
  return skippedFiles.length === 0
    ? []
    : [
        `@forge/lint would silently skip ${skippedFiles.length} file(s) that tsconfig.json's include/exclude globs do not select ` +
          `(${skippedFiles.slice(0, 5).join(', ')}${skippedFiles.length > 5 ? ', …' : ''}): list them with globs such as "src/**/*".`,
      ];
}

/**
 * A crashed linter reports nothing at all, so its crash is a failure. One cause is worth naming:
 * the permission linter takes any call whose name merely contains requestJira/Confluence/Bitbucket
 * (say `requestJiraPage(…)`) for a product call, then throws "Unknown product" on it.
 */
function explainCrash(line: string): string {
  const text = line.trim();
  return /PermissionLinter.*Unknown product/.test(text)
    ? `${text} A function whose name contains requestJira, requestConfluence or requestBitbucket without being exactly that ` +
        'name stops every scope check: rename it.'
    : text;
}

/** "src/jira/get-myself.ts:17:39 error <linter message> (<rule reference>)". */
function describe(result: LintResult, rule: LintResultRule, kind: string): string {
  const reference = rule.reference ? ` (${rule.reference})` : '';
  return `${result.file}:${rule.line}:${rule.column} ${kind}: ${stripAnsi(rule.message)}${reference}`;
}
