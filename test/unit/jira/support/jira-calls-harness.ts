import '../../../contract/support/ref-parser-stub';
import path from 'node:path';
import { runInvocation } from '../../../../local/runtime/invocation-scope';
import { createLocalRuntime, type LocalRuntime } from '../../../../local/runtime/local-runtime';
import { SEED_SITE, SEED_USERS, startJiraSandbox, type JiraSandbox } from '../../../../local/sandbox/jira';
import { createContractRecorder, type ContractRecorder } from '../../../../local/sandbox/jira/contract';
import { SPECS_DIR } from '../../../contract/support/specs-dir';

/**
 * src/jira's issue calls against the sandbox Jira, as on the local runtime: requests go through
 * the Forge seam as the app, inside an invocation. When the vendor specs are present, every
 * request and answer is also checked against them (and any violation fails the test).
 */
export interface JiraCallsHarness {
  sandbox: JiraSandbox;
  runtime: LocalRuntime;
  recorder?: ContractRecorder;
  /** Runs src/ code as one invocation, as a trigger or consumer would. */
  run<T>(fn: () => Promise<T>): Promise<T>;
}

export function useJiraCalls(): JiraCallsHarness {
  const harness = {} as JiraCallsHarness;
  const warn = console.warn;
  beforeAll(async () => {
    // openapi-backend's Ajv mentions every `format` it does not know; that is not news here.
    console.warn = (...args: unknown[]) => (String(args[0]).startsWith('unknown format') ? undefined : warn(...args));
    harness.recorder = SPECS_DIR ? await createContractRecorder(SPECS_DIR) : undefined;
    harness.sandbox = await startJiraSandbox({ contract: harness.recorder, indexedProperties: { propertyKey: 'deskbridge', paths: [{ path: 'tool', type: 'string' }] } });
    harness.runtime = createLocalRuntime({
      repoRoot: path.resolve(__dirname, '../../../..'),
      jiraUrl: harness.sandbox.url,
      appAccountId: SEED_USERS.app.accountId,
      cloudId: SEED_SITE.cloudId,
      siteUrl: SEED_SITE.url,
    });
  });
  afterAll(async () => {
    console.warn = warn;
    await harness.runtime?.close();
    await harness.sandbox?.close();
  });
  afterEach(() => {
    if (harness.recorder) expect(harness.recorder.take()).toEqual([]);
  });
  harness.run = (fn) => runInvocation({ functionKey: 'test', moduleKey: 'test', moduleType: 'test', timeoutMs: 25_000 }, fn);
  return harness;
}

export const adf = (text: string) => ({ type: 'doc' as const, version: 1 as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
