import type { AddressInfo } from 'node:net';
import type { ContractRecorder } from './contract';
import { ReportingPolicy, type ReportingSettings } from './privacy/reporting-policy';
import { createSandboxServer } from './server';
import { SiteStore } from './state/site-store';
import type { SiteState } from './state/site-state';

/**
 * The sandbox Jira Cloud site: a stateful in-memory server on loopback that speaks the Jira
 * platform REST v3 and JSM shapes Deskbridge uses (DESIGN.md §3 "Local runtime"). The local
 * runtime points `requestJira` at `url`; tests read and change `site` directly.
 */

export interface JiraSandboxOptions {
  /** 0 or undefined: a random free port on 127.0.0.1. */
  port?: number;
  /** JSON file: loaded if present, saved after every mutating request and on close. */
  statePath?: string;
  /** Checks every request and response against the vendor specs (see contract.ts). */
  contract?: ContractRecorder;
  /** The personal data reporting API's cycle period and rate limit (default: 7 days, no limit). */
  personalDataReporting?: Partial<ReportingSettings>;
}

export interface JiraSandbox {
  /** http://127.0.0.1:<port> */
  url: string;
  close(): Promise<void>;
  /** The live state: a getter, so it stays current across `POST /__sandbox/reset`. */
  site: SiteState;
}

export async function startJiraSandbox(options: JiraSandboxOptions = {}): Promise<JiraSandbox> {
  const store = new SiteStore(options.statePath, new ReportingPolicy(options.personalDataReporting));
  const server = createSandboxServer(store, options.contract);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the sandbox trusts any caller that knows an account id.
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    get site() {
      return store.site;
    },
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold close() open until they time out.
        server.closeAllConnections();
      }).then(() => store.save());
      return closed;
    },
  };
}

export { basicAuthHeader } from './auth';
// The recorder itself lives in ./contract: importing it loads the specs' tooling, which the runtime does not need.
export type { ContractRecorder, ContractViolation } from './contract';
export { GDPR_TEST_ACCOUNTS } from './privacy/account-status';
export type { ReportingSettings } from './privacy/reporting-policy';
export { ROUTES } from './routes';
export { syntheticAccountId } from './seed/synthetic-users';
export { SANDBOX_PASSWORD, SEED_GROUPS, SEED_ISSUE_TYPES, SEED_PROJECTS, SEED_ROLES, SEED_SERVICE_DESK, SEED_USERS, SEED_SITE } from './seed/seed-ids';
export type { SeedUserKey } from './seed/seed-ids';
export type { SiteState } from './state/site-state';
