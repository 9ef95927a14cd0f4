import { currentInvocation } from './invocation-scope';
import { withNetworkFaults } from './network-faults';

/** A vendor host pattern (manifest egress syntax, e.g. `*.freshdesk.com`) served by a local sandbox. */
export interface EgressRoute {
  pattern: string;
  url: string;
}

interface EgressTable {
  declared: string[];
  routes: EgressRoute[];
}

const holder = globalThis as { __deskbridgeNativeFetch__?: typeof fetch; __deskbridgeEgress__?: EgressTable[] };

/** fetch as Node provides it, for the platform's own calls (Jira, KVS, queue), which are not app egress. */
holder.__deskbridgeNativeFetch__ ??= globalThis.fetch.bind(globalThis);
export const platformFetch: typeof fetch = holder.__deskbridgeNativeFetch__;
holder.__deskbridgeEgress__ ??= [];
const tables = holder.__deskbridgeEgress__;

/** Whether `host` matches a manifest egress entry (`*.example.com` or an exact host). */
export function matchesEgress(host: string, pattern: string): boolean {
  const bare = pattern.replace(/^https?:\/\//, '').replace(/\/.*$/, '').toLowerCase();
  return bare.startsWith('*.') ? host.endsWith(bare.slice(1)) && host.length > bare.length - 1 : host === bare;
}

/**
 * Outbound fetches from app code, as Forge treats them: a host the manifest's egress does not
 * declare is refused; a declared vendor host is served by its local sandbox (the request keeps
 * its path and carries the host it was meant for in `x-forwarded-host`). Only fetches made inside
 * an invocation are affected: tests and the local site itself use fetch unchanged.
 */
async function egressFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  if (!currentInvocation() || tables.length === 0) return platformFetch(input, init);
  const url = new URL(input instanceof Request ? input.url : String(input));
  const table = tables[tables.length - 1];
  if (!table.declared.some((pattern) => matchesEgress(url.hostname, pattern))) {
    throw new TypeError(`Egress to ${url.hostname} is not declared in manifest.yml (permissions.external.fetch.backend)`);
  }
  const route = table.routes.find((candidate) => matchesEgress(url.hostname, candidate.pattern));
  if (!route) return platformFetch(input, init);
  const headers = new Headers(init?.headers);
  headers.set('x-forwarded-host', url.hostname);
  return withNetworkFaults({ side: 'helpdesk', method: init?.method ?? 'GET', url: url.toString() }, () =>
    platformFetch(`${route.url}${url.pathname}${url.search}`, { ...init, headers }),
  );
}

// @forge/api keeps the `fetch` it finds when it loads, so the hook goes in when this module loads,
// and this module must load first: local/start.ts imports it before anything else, and jest loads
// it through test/support/egress-first.ts (setupFiles) before any test file.
globalThis.fetch = egressFetch as typeof fetch;

/** Makes `declared` the egress allow-list and sends the routed hosts to their sandboxes, until the returned function is called. */
export function installEgress(declared: string[], routes: EgressRoute[]): () => void {
  const table: EgressTable = { declared, routes };
  tables.push(table);
  return () => {
    const index = tables.indexOf(table);
    if (index >= 0) tables.splice(index, 1);
  };
}
