import { installEgress } from '../../local/runtime/egress';
import { loadAppManifest } from '../../local/runtime/app-manifest';
import { runInvocation } from '../../local/runtime/invocation-scope';
import { HELP_DESK_SANDBOXES } from '../../local/sandbox/help-desks';
import type { VendorSandbox } from '../../local/sandbox/vendor/vendor-sandbox';
import type { ConnectorTool } from '../../src/connectors/connector';
import { ConnectorError } from '../../src/connectors/http/connector-error';
import { connectorFor } from '../../src/connectors/registry';
import { repoRoot } from './local-app';

/**
 * Sends a connector's vendor hosts to a sandbox for this test file (the manifest's egress rules
 * apply, as on the local runtime). `url` is read in beforeAll, once the sandbox runs.
 */
export function routeEgress(patterns: readonly string[], url: () => string): void {
  let uninstall: (() => void) | undefined;
  beforeAll(() => {
    uninstall = installEgress(loadAppManifest(repoRoot).egress, patterns.map((pattern) => ({ pattern, url: url() })));
  });
  afterAll(() => uninstall?.());
}

/**
 * A connector against its sandbox, the way it runs on the local runtime: the adapter's fetches
 * go through the manifest's egress rules to the sandbox, inside a Forge invocation. One sandbox
 * per test file; `reset()` before a test that needs the seed back.
 */
export function useConnectorSandbox<State = any>(tool: ConnectorTool) {
  const harness = {
    connector: connectorFor(tool),
    sandbox: undefined as unknown as VendorSandbox<State>,
    /** Every ConnectorError `failure` has caught in this file, e.g. to check none carries a secret. */
    failures: [] as ConnectorError[],
    /** Runs adapter code as one invocation (a resolver's 25 s limit). */
    run<T>(fn: () => Promise<T>): Promise<T> {
      return runInvocation({ functionKey: 'resolver', moduleKey: 'test', moduleType: 'test', timeoutMs: 25_000 }, fn);
    },
    /** Runs adapter code that must fail with a ConnectorError, and returns that error. */
    async failure(fn: () => Promise<unknown>): Promise<ConnectorError> {
      try {
        await harness.run(fn);
      } catch (error) {
        expect(error).toBeInstanceOf(ConnectorError);
        harness.failures.push(error as ConnectorError);
        return error as ConnectorError;
      }
      throw new Error('expected a ConnectorError');
    },
  };
  beforeAll(async () => {
    harness.sandbox = (await HELP_DESK_SANDBOXES[tool]({})) as VendorSandbox<State>;
  });
  routeEgress(harness.connector.spec.egress, () => harness.sandbox.url);
  afterAll(async () => {
    await harness.sandbox?.close();
  });
  return harness;
}
