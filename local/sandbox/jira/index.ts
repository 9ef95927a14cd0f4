import type { AddressInfo } from 'node:net';
import type { ContractRecorder } from './contract';
import { ProductEventHub, type ProductEventListener } from './events/product-events';
import type { IndexedProperty } from './jql/indexed-properties';
import { ReportingPolicy, type ReportingSettings } from './privacy/reporting-policy';
import { JiraRateLimiter } from './rate-limits';
import { basicAuthHeader } from './auth';
import { SEED_USERS as USERS } from './seed/seed-ids';
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
  /**
   * Entity property paths JQL can search: the app's `jira:entityProperty` declarations
   * (`fromManifest` converts the manifest's entries). Undeclared paths match nothing, as in Jira.
   */
  indexedProperties?: IndexedProperty | IndexedProperty[];
  /** The clock Jira's rate limits read (default: Date.now); a benchmark passes its simulated one. */
  clock?: () => number;
}

export interface JiraSandbox {
  /** http://127.0.0.1:<port> */
  url: string;
  close(): Promise<void>;
  /** The live state: a getter, so it stays current across `POST /__sandbox/reset`. */
  site: SiteState;
  /**
   * Forge product events (issue created, updated, commented, deleted), each delivered after the
   * change is saved and the request answered; a listener that throws or rejects is only logged.
   * Returns the unsubscribe function.
   */
  onProductEvent(listener: ProductEventListener): () => void;
  /** Replaces the searchable entity property declarations (see the option). */
  setIndexedProperties(declarations: IndexedProperty[]): void;
  /** Jira's rate limits on the app's calls: off until `configure(ATLASSIAN_DEFAULTS)` (rate-limits.ts). */
  rateLimits: JiraRateLimiter;
}

export async function startJiraSandbox(options: JiraSandboxOptions = {}): Promise<JiraSandbox> {
  const store = new SiteStore(options.statePath, new ReportingPolicy(options.personalDataReporting));
  store.indexedProperties = options.indexedProperties ? [options.indexedProperties].flat() : [];
  const events = new ProductEventHub();
  const rateLimits = new JiraRateLimiter(options.clock);
  const server = createSandboxServer(store, options.contract, events, { limiter: rateLimits, appAuthorization: basicAuthHeader(USERS.app.accountId) });
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
    rateLimits,
    onProductEvent: (listener) => events.subscribe(listener),
    setIndexedProperties: (declarations) => {
      store.indexedProperties = [...declarations];
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
export type { ChangeItem } from './events/event-payloads';
export type { ProductEvent, ProductEventListener, ProductEventType } from './events/product-events';
export { fromManifest } from './jql/indexed-properties';
export type { IndexedPath, IndexedProperty, ManifestEntityProperty } from './jql/indexed-properties';
// The recorder itself lives in ./contract: importing it loads the specs' tooling, which the runtime does not need.
export type { ContractRecorder, ContractViolation } from './contract';
export { GDPR_TEST_ACCOUNTS } from './privacy/account-status';
export type { ReportingSettings } from './privacy/reporting-policy';
export { ROUTES } from './routes';
export { ATLASSIAN_DEFAULTS, JiraRateLimiter, type JiraRateLimitSettings } from './rate-limits';
export { syntheticAccountId } from './seed/synthetic-users';
export {
  SANDBOX_PASSWORD,
  SEED_CUSTOM_FIELDS,
  SEED_GROUPS,
  SEED_ISSUE_TYPES,
  SEED_PRIORITIES,
  SEED_PROJECTS,
  SEED_RESOLUTIONS,
  SEED_ROLES,
  SEED_SERVICE_DESK,
  SEED_USERS,
  SEED_SITE,
} from './seed/seed-ids';
export type { SeedUserKey } from './seed/seed-ids';
export type { CommentRecord, IssueRecord, SiteState } from './state/site-state';
