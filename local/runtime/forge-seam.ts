import { randomUUID } from 'node:crypto';
import { currentInvocation, type ActiveInvocation } from './invocation-scope';

/** The Forge seam as @forge/api, @forge/kvs and @forge/events use it (checked by test/unit/local/forge-seam.test.ts). */
export interface ForgeFetchTarget {
  type: 'fpp' | 'kvs' | 'tpp' | string;
  provider?: 'app' | 'user' | 'none' | string;
  remote?: string;
  accountId?: string;
}

export type ForgeFetch = (target: ForgeFetchTarget, path: string, init?: RequestInit) => Promise<Response>;

/** Where the seam sends what src/ asks for. Each handler answers like the platform service it stands for. */
export interface SeamHandlers {
  /** Jira and JSM REST, as the app or as a user (accountId always set: the runtime resolves who). */
  product(principal: { as: 'app' } | { as: 'user'; accountId: string }, path: string, init: RequestInit): Promise<Response>;
  /** Forge KVS `/api/v1/...`. */
  kvs(path: string, body: unknown): Promise<Response>;
  /** Platform APIs behind `stargate`: async event queue, personal data reporting. */
  platform(path: string, body: unknown, invocation: ActiveInvocation | undefined): Promise<Response>;
}

export interface SiteIdentity {
  appId: string;
  environmentId: string;
  cloudId: string;
  scopes: string[];
}

const proxyError = (status: number, reason: string) =>
  new Response(JSON.stringify({ message: reason }), { status, headers: { 'forge-proxy-error': reason } });

/**
 * Installs `global.__forge_fetch__` and `global.__forge_runtime__`, the two globals through which
 * the Forge SDKs reach the platform. On Forge, the function runtime provides them; here, the
 * local runtime does, so src/ runs unchanged. `__forge_runtime__` is per invocation (an
 * AsyncLocalStorage lookup), because locally many invocations share one process.
 */
export function installForgeSeam(site: SiteIdentity, handlers: SeamHandlers): () => void {
  const forgeFetch: ForgeFetch = async (target, path, init = {}) => {
    const invocation = currentInvocation();
    const body = typeof init.body === 'string' && init.body ? JSON.parse(init.body) : undefined;
    if (target.type === 'kvs') return handlers.kvs(path, body);
    if (target.type !== 'fpp') return proxyError(400, `UNSUPPORTED_TARGET_${String(target.type).toUpperCase()}`);
    if (target.remote === 'stargate') return handlers.platform(path, body, invocation);
    if (target.remote !== 'jira') return proxyError(400, `UNSUPPORTED_PRODUCT_${String(target.remote).toUpperCase()}`);
    if (target.provider === 'app') return handlers.product({ as: 'app' }, path, init);
    if (target.provider === 'user') {
      // As on Forge: asUser() without an id acts for the invocation's user, and fails where there is none.
      const accountId = target.accountId ?? invocation?.accountId;
      if (!accountId) return proxyError(401, 'NEEDS_AUTHENTICATION_ERR');
      return handlers.product({ as: 'user', accountId }, path, init);
    }
    return proxyError(400, 'CALL_AS_APP_OR_USER: use api.asApp() or api.asUser()');
  };
  const globals = globalThis as Record<string, unknown>;
  const previousFetch = globals.__forge_fetch__;
  globals.__forge_fetch__ = forgeFetch;
  Object.defineProperty(globals, '__forge_runtime__', {
    configurable: true,
    get: () => {
      const invocation = currentInvocation();
      return invocation ? buildRuntime(site, invocation) : undefined;
    },
  });
  return () => {
    globals.__forge_fetch__ = previousFetch;
    delete globals.__forge_runtime__;
  };
}

const noopMetric = { incr() {}, incrBy() {}, decr() {}, decrBy() {}, set() {}, measure: () => ({ stop() {} }) };

function buildRuntime(site: SiteIdentity, invocation: ActiveInvocation) {
  return {
    proxy: { token: 'local', url: 'local' },
    contextAri: `ari:cloud:jira::site/${site.cloudId}`,
    container: { runtime: 'nodejs22.x', handler: invocation.functionKey },
    appContext: {
      appId: site.appId.replace(/^ari:cloud:ecosystem::app\//, ''),
      appVersion: 'local',
      environmentId: site.environmentId,
      environmentType: 'DEVELOPMENT',
      invocationId: invocation.invocationId,
      installationId: `local-${site.cloudId}`,
      functionKey: invocation.functionKey,
      moduleType: invocation.moduleType,
      moduleKey: invocation.moduleKey,
      permissions: { scopes: site.scopes, external: {} },
    },
    aaid: invocation.accountId,
    lambdaContext: { awsRequestId: invocation.invocationId, getRemainingTimeInMillis: () => invocation.deadline - Date.now() },
    tracing: { traceId: randomUUID(), spanId: randomUUID() },
    realtime: {},
    metrics: { timing: () => noopMetric, counter: () => noopMetric, gauge: () => noopMetric },
    featureFlags: () => false,
  };
}
