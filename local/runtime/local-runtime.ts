import path from 'node:path';
import { loadAppManifest, type AppManifest } from './app-manifest';
import { installEgress, platformFetch, type EgressRoute } from './egress';
import { withNetworkFaults } from './network-faults';
import { installForgeSeam } from './forge-seam';
import { startIntervalSchedules } from './interval-schedules';
import { currentInvocation, runInvocation, TIME_LIMIT_MS, type Invocation } from './invocation-scope';
import { answerKvsRequest } from './kvs/kvs-api';
import { KvsStore } from './kvs/kvs-store';
import { QueueRunner } from './queue-runner';
import { assertNoSecret } from './secret-registry';
import { createTriggers, type ProductEvent, type WebTriggerAnswer, type WebTriggerCall } from './triggers';

export interface LocalRuntimeOptions {
  repoRoot: string;
  /** Folder for persisted state (KVS); in memory only when absent. */
  dataDir?: string;
  /** Base URL of the server that answers Jira and JSM REST calls. */
  jiraUrl: string;
  /** The app's own Jira account: whom calls made "as the app" authenticate as. */
  appAccountId: string;
  cloudId: string;
  siteUrl: string;
  log?: (line: string) => void;
  /** Vendor hosts served by local sandboxes (the rest of the declared egress goes out as is). */
  egressRoutes?: EgressRoute[];
  /** Scales queue delays and retry backoff (tests: e.g. 0.001); real time when absent. */
  queueDelayScale?: number;
  /** Sees every product (Jira/JSM) request an invocation makes, e.g. to count them. */
  onProductRequest?: (request: { invocationId?: string; as: string; method: string; path: string }) => void;
}

/** A UI module's context as Jira hands it to Custom UI and resolvers (`extension`). */
export interface ModuleExtension {
  type: string;
  project?: { id: string; key: string; type: string };
  [key: string]: unknown;
}

export interface LocalRuntime {
  manifest: AppManifest;
  kvs: KvsStore;
  queue: QueueRunner;
  /** Calls a resolver the way a Custom UI `invoke` reaches it on Forge. */
  invokeResolver(request: { moduleKey: string; functionKey: string; payload: unknown; accountId: string; extension: ModuleExtension }): Promise<unknown>;
  /** Runs a scheduledTrigger module now, as Forge would on its interval; resolves when its queue work is done. */
  runScheduledTrigger(key: string): Promise<unknown>;
  /** Runs every scheduledTrigger on its manifest interval, as Forge does (npm start, never tests); answers the stop function. */
  startSchedules(): () => void;
  /** Calls any function export as one invocation (triggers, consumers, web triggers). */
  invokeFunction(functionKey: string, args: unknown[], invocation: Omit<Invocation, 'functionKey'>): Promise<unknown>;
  /** Hands a Jira product event to the trigger modules that listen for it (async, as on Forge); answers how many. */
  deliverProductEvent(event: ProductEvent): number;
  /** Calls a webtrigger module as an HTTP request to its URL would. */
  invokeWebTrigger(moduleKey: string, call: WebTriggerCall): Promise<WebTriggerAnswer>;
  /** Where web trigger URLs point (the local site); `webTrigger.getUrl()` answers `<base>/x1/<moduleKey>`. */
  setWebTriggerBase(url: string): void;
  /** Waits until delivered product events and the queues are all handled, including work they cause. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

const basicAuth = (accountId: string) => `Basic ${Buffer.from(`${accountId}:forge-local`).toString('base64')}`;

const jsonResponse = (status: number, body: unknown) =>
  new Response(body === undefined || status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * The Forge platform, locally: loads the app's functions from src/ as Forge would (by the
 * manifest's handlers), and serves the seam they call through. src/ cannot tell the difference.
 */
export function createLocalRuntime(options: LocalRuntimeOptions): LocalRuntime {
  const manifest = loadAppManifest(options.repoRoot);
  const kvs = new KvsStore(options.dataDir ? path.join(options.dataDir, 'kvs.json') : undefined);
  const log = options.log ?? (() => {});

  const loadFunction = (functionKey: string): ((...args: unknown[]) => Promise<unknown>) => {
    const handler = manifest.functions.get(functionKey);
    if (!handler) throw new Error(`manifest.yml declares no function ${functionKey}`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(path.join(options.repoRoot, 'src', handler.file))[handler.exportName];
    if (typeof exported !== 'function') throw new Error(`src/${handler.file}.ts does not export ${handler.exportName}`);
    return exported;
  };

  const invokeFunction: LocalRuntime['invokeFunction'] = (functionKey, args, invocation) =>
    runInvocation({ ...invocation, functionKey }, () => loadFunction(functionKey)(...args));

  const queue = new QueueRunner(
    manifest.consumers,
    (functionKey, event) =>
      invokeFunction(functionKey, [event, { installContext: `ari:cloud:jira::site/${options.cloudId}` }], {
        moduleKey: `consumer:${event.queueName}`,
        moduleType: 'core:consumer',
        timeoutMs: TIME_LIMIT_MS.consumer,
      }),
    log,
    options.queueDelayScale,
  );

  const triggers = createTriggers(manifest, invokeFunction, { cloudId: options.cloudId, appAccountId: options.appAccountId, log });
  let webTriggerBase = options.siteUrl;

  const uninstall = installForgeSeam(
    { appId: manifest.appId, environmentId: 'local', cloudId: options.cloudId, scopes: manifest.scopes },
    {
      product: (principal, requestPath, init) => {
        options.onProductRequest?.({
          invocationId: currentInvocation()?.invocationId,
          as: principal.as === 'app' ? 'app' : principal.accountId,
          method: init.method ?? 'GET',
          path: requestPath,
        });
        return withNetworkFaults({ side: 'jira', method: init.method ?? 'GET', url: requestPath }, () =>
          platformFetch(`${options.jiraUrl}${requestPath}`, {
            ...init,
            headers: { ...(init.headers as Record<string, string>), Authorization: basicAuth(principal.as === 'app' ? options.appAccountId : principal.accountId) },
          }),
        );
      },
      kvs: async (requestPath, body) => {
        const answer = answerKvsRequest(kvs, manifest.entityIndexes, requestPath, body);
        return jsonResponse(answer.status, answer.body);
      },
      platform: async (requestPath, body) => {
        if (requestPath.startsWith('/webhook/queue/publish/')) {
          const answer = queue.push(body as Parameters<QueueRunner['push']>[0]);
          return jsonResponse(answer.status, answer.body);
        }
        if (requestPath === '/graphql' && String((body as { query?: string })?.query).includes('createWebTriggerUrl')) {
          const triggerKey = (body as { variables: { input: { triggerKey: string } } }).variables.input.triggerKey;
          if (!manifest.webTriggers.has(triggerKey)) return jsonResponse(200, { errors: [{ message: `No webtrigger ${triggerKey}` }] });
          return jsonResponse(200, { data: { createWebTriggerUrl: { url: `${webTriggerBase}/x1/${triggerKey}` } } });
        }
        if (requestPath.startsWith('/webhook/queue/stats/')) {
          const stats = queue.stats((body as { jobId: string }).jobId);
          return stats ? jsonResponse(200, stats) : jsonResponse(404, { errorMessage: 'No such job' });
        }
        // Personal data reporting and other platform APIs are answered by the product server.
        return platformFetch(`${options.jiraUrl}${requestPath}`, {
          method: 'POST',
          body: JSON.stringify(body),
          headers: { 'content-type': 'application/json', Authorization: basicAuth(options.appAccountId) },
        });
      },
    },
  );

  const uninstallEgress = installEgress(manifest.egress, options.egressRoutes ?? []);

  return {
    manifest,
    kvs,
    queue,
    invokeResolver: async ({ moduleKey, functionKey, payload, accountId, extension }) => {
      const module = manifest.uiModules.find((candidate) => candidate.key === moduleKey);
      if (!module?.resolverFunction) throw new Error(`manifest.yml has no UI module ${moduleKey} with a resolver`);
      const request = {
        call: { functionKey, payload },
        context: { accountId, cloudId: options.cloudId, siteUrl: options.siteUrl, moduleKey, localId: moduleKey, extension, environmentType: 'DEVELOPMENT' },
      };
      const platformContext = { principal: { accountId }, installContext: `ari:cloud:jira::site/${options.cloudId}` };
      const answer = await invokeFunction(module.resolverFunction, [request, platformContext], {
        moduleKey,
        moduleType: module.type,
        accountId,
        timeoutMs: TIME_LIMIT_MS.resolver,
      });
      assertNoSecret(JSON.stringify(answer) ?? '', `the response of resolver ${functionKey}`);
      return answer;
    },
    invokeFunction,
    deliverProductEvent: triggers.deliver,
    invokeWebTrigger: triggers.invokeWebTrigger,
    setWebTriggerBase: (url) => {
      webTriggerBase = url.replace(/\/$/, '');
    },
    settle: async () => {
      do {
        await triggers.settle();
        await queue.drain();
      } while (triggers.pending() > 0);
    },
    runScheduledTrigger: async (key) => {
      const trigger = manifest.scheduledTriggers.get(key);
      if (!trigger) throw new Error(`manifest.yml has no scheduledTrigger ${key}`);
      const answer = await invokeFunction(trigger.functionKey, [{ context: { cloudId: options.cloudId, moduleKey: key }, contextToken: 'local' }, { installContext: `ari:cloud:jira::site/${options.cloudId}` }], {
        moduleKey: key,
        moduleType: 'scheduledTrigger',
        timeoutMs: TIME_LIMIT_MS.scheduled,
      });
      await queue.drain();
      return answer;
    },
    startSchedules() { return startIntervalSchedules(manifest.scheduledTriggers, (key) => this.runScheduledTrigger(key), log); },
    close: async () => {
      await triggers.settle();
      queue.close();
      uninstall();
      uninstallEgress();
      kvs.flush();
    },
  };
}
