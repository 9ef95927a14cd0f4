import { ConfigFile, FileSystemReader, FileSystemWriter } from '@forge/cli-shared';
import { modulesOfType, parseHandler, type CheckContext, type ForgeCheck } from './check-context';
import { checkConsumerForm } from './check-consumer-form';
import { checkFunctionRefs } from './check-function-refs';
import { checkHiddenApiCalls } from './check-hidden-api-calls';
import { checkKvsScope } from './check-kvs-scope';
import { checkTriggerEvents } from './check-trigger-events';
import { describeError, failed, fromFindings, type GateResult } from './gate-result';
import { loadHandlerProgram } from './handler-program';
import { inRepo } from './repo-context';
import { readSourceFiles } from './source-files';

const NAME = 'forge-checks';

/**
 * Deskbridge's own checks for mistakes that pass both `validate()` and `@forge/lint` yet break
 * the app once deployed (DESIGN.md §5 lists what the linter misses). Each check lives in its own
 * file with the reason it exists:
 *   (a) check-kvs-scope        @forge/kvs imported without the storage:app scope
 *   (b) check-trigger-events   trigger events that Forge never delivers to a Jira app
 *   (c) check-function-refs    handlers that are not exports, references to undeclared functions
 *   (d) check-consumer-form    queue consumers in the @forge/events 1.x resolver form
 *   (e) check-hidden-api-calls Jira calls the linter cannot read, whose scopes go unchecked
 * All checks run, so one run lists every finding.
 */
const CHECKS: [string, ForgeCheck][] = [
  ['kvs-scope', checkKvsScope],
  ['trigger-events', checkTriggerEvents],
  ['function-refs', checkFunctionRefs],
  ['consumer-form', checkConsumerForm],
  ['hidden-api-calls', checkHiddenApiCalls],
];

export async function forgeChecksGate(repoRoot: string): Promise<GateResult> {
  let context: CheckContext;
  try {
    context = await buildContext(repoRoot);
  } catch (error) {
    return failed(NAME, [`could not read the app: ${describeError(error)}`]);
  }
  const findings: string[] = [];
  for (const [checkName, check] of CHECKS) {
    try {
      findings.push(...check(context));
    } catch (error) {
      // A crashing check is a bug in the gate; it must fail, never pass quietly.
      findings.push(`check ${checkName} crashed: ${describeError(error)}`);
    }
  }
  return fromFindings(NAME, findings);
}

async function buildContext(repoRoot: string): Promise<CheckContext> {
  // ConfigFile reads manifest.yml from the working directory, as the Forge CLI does.
  const manifest = await inRepo(repoRoot, {}, () => new ConfigFile(new FileSystemReader(), new FileSystemWriter()).readConfig());
  const handlerFiles = modulesOfType(manifest, 'function')
    .map((fn) => parseHandler(fn.handler)?.file)
    .filter((file): file is string => typeof file === 'string');
  return {
    manifest,
    sources: readSourceFiles(repoRoot),
    handlers: loadHandlerProgram(repoRoot, handlerFiles),
  };
}
