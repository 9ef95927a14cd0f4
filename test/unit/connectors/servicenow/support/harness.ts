/**
 * The ServiceNow connector against its sandbox, as on the local runtime: adapter fetches go
 * through the manifest's egress rules to the sandbox, inside a Forge invocation. The same shape
 * as test/support/connector-harness.ts (`{ connector, sandbox, run }`), with two differences:
 * - egress is installed when this module loads, before anything loads @forge/api, because
 *   @forge/api binds `globalThis.fetch` once, when it is first loaded (getFetchAPI →
 *   wrapWithRouteUnwrapper(fetch)); egress installed later in a beforeAll is never seen by it.
 *   So: import this module first in a test file, and the connector only through `harness`.
 * - it loads only the ServiceNow connector and sandbox, not the registry of every connector.
 */
import path from 'node:path';
import { loadAppManifest } from '../../../../../local/runtime/app-manifest';
import { installEgress, type EgressRoute } from '../../../../../local/runtime/egress';
import { runInvocation } from '../../../../../local/runtime/invocation-scope';
import type { HelpDeskSandboxOptions } from '../../../../../local/sandbox/help-desks';
import type { ServicenowState } from '../../../../../local/sandbox/servicenow';
import type { VendorSandbox } from '../../../../../local/sandbox/vendor/vendor-sandbox';
import type { ConnectionCredentials, Connector } from '../../../../../src/connectors/connector';

export const repoRoot = path.resolve(__dirname, '../../../../..');

const routes: EgressRoute[] = [];
installEgress(loadAppManifest(repoRoot).egress, routes);

/* eslint-disable @typescript-eslint/no-require-imports -- loaded after egress is in place (see above) */
const sandboxModule = () => require('../../../../../local/sandbox/servicenow') as typeof import('../../../../../local/sandbox/servicenow');
const connectorModule = () => require('../../../../../src/connectors/servicenow') as typeof import('../../../../../src/connectors/servicenow');
/* eslint-enable @typescript-eslint/no-require-imports */

export const SANDBOX = () => sandboxModule().SERVICENOW_SANDBOX;

/** Credentials of the seeded itil user; `limited` for the seeded user without itil. */
export function credentials(which: 'agent' | 'limited' = 'agent', overrides: Partial<ConnectionCredentials> = {}): ConnectionCredentials {
  const seeded = SANDBOX();
  const base = which === 'agent' ? { username: seeded.username, secret: seeded.secret } : { username: seeded.limitedUsername, secret: seeded.limitedSecret };
  return { domain: seeded.domain, ...base, ...overrides };
}

export function useServicenowSandbox(options: HelpDeskSandboxOptions = {}) {
  const { createServicenowConnector, servicenow } = connectorModule();
  const harness = {
    connector: servicenow as Connector,
    sandbox: undefined as unknown as VendorSandbox<ServicenowState>,
    /** The connector with a smaller page, against the same sandbox (one sandbox per file: egress routes by host). */
    withPageSize: (pageSize: number) => createServicenowConnector({ pageSize }) as Connector,
    /** Runs adapter code as one invocation (a resolver's 25 s limit). */
    run<T>(fn: () => Promise<T>): Promise<T> {
      return runInvocation({ functionKey: 'resolver', moduleKey: 'test', moduleType: 'test', timeoutMs: 25_000 }, fn);
    },
    /** A Table API call straight to the sandbox (outside any invocation), as `user:password`. */
    async call(method: string, pathAndQuery: string, auth?: { username?: string; secret: string } | null, body?: unknown, host = SANDBOX().domain) {
      const headers: Record<string, string> = { accept: 'application/json', 'x-forwarded-host': host };
      if (auth !== null) {
        const who = auth ?? credentials();
        headers.authorization = `Basic ${Buffer.from(`${who.username ?? ''}:${who.secret}`).toString('base64')}`;
      }
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${harness.sandbox.url}${pathAndQuery}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
    },
  };
  let mine: EgressRoute[] = [];
  beforeAll(async () => {
    harness.sandbox = await sandboxModule().startServicenowSandbox(options);
    mine = harness.connector.spec.egress.map((pattern) => ({ pattern, url: harness.sandbox.url }));
    routes.push(...mine);
  });
  afterAll(async () => {
    for (const route of mine) routes.splice(routes.indexOf(route), 1);
    await harness.sandbox?.close();
  });
  return harness;
}
