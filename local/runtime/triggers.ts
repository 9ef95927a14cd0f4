import type { AppManifest } from './app-manifest';
import { TIME_LIMIT_MS, type Invocation } from './invocation-scope';

/** A Jira product event as the sandbox (or any Jira-speaking server) reports it. */
export interface ProductEvent {
  eventType: string;
  /** Who made the change; the app's own account for changes Deskbridge made. */
  atlassianId?: string;
  payload: Record<string, unknown>;
}

/** An HTTP request to a web trigger URL, before Forge turns it into a WebTriggerRequest. */
export interface WebTriggerCall {
  method: string;
  /** The path after the trigger's URL, e.g. `/requests/SUP-1`; `/` when none. */
  path: string;
  query?: Record<string, string[]>;
  headers?: Record<string, string | string[]>;
  body?: string;
}

export interface WebTriggerAnswer {
  statusCode: number;
  headers: Record<string, string[]>;
  body: string;
}

type InvokeFunction = (functionKey: string, args: unknown[], invocation: Omit<Invocation, 'functionKey'>) => Promise<unknown>;

/**
 * Product event triggers and web triggers, the way Forge calls them: a product event reaches
 * every trigger module that lists its type (unless `ignoreSelf` and the app made the change),
 * asynchronously, as its own invocation; a web trigger call becomes a WebTriggerRequest.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/trigger/
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/web-trigger/
 */
export function createTriggers(manifest: AppManifest, invokeFunction: InvokeFunction, site: { cloudId: string; appAccountId: string; log: (line: string) => void }) {
  const pending = new Set<Promise<unknown>>();
  const context = { installContext: `ari:cloud:jira::site/${site.cloudId}` };

  const deliver = (event: ProductEvent): number => {
    const listeners = manifest.triggers.filter((trigger) => trigger.events.includes(event.eventType));
    let delivered = 0;
    for (const trigger of listeners) {
      if (trigger.ignoreSelf && event.atlassianId === site.appAccountId) continue;
      delivered += 1;
      const run = invokeFunction(trigger.functionKey, [{ ...event.payload, eventType: event.eventType, atlassianId: event.atlassianId }, context], {
        moduleKey: trigger.key,
        moduleType: 'trigger',
        timeoutMs: TIME_LIMIT_MS.trigger,
      })
        .catch((error) => site.log(`Trigger ${trigger.key} failed on ${event.eventType}: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => pending.delete(run));
      pending.add(run);
    }
    return delivered;
  };

  const invokeWebTrigger = async (moduleKey: string, call: WebTriggerCall): Promise<WebTriggerAnswer> => {
    const functionKey = manifest.webTriggers.get(moduleKey);
    if (!functionKey) throw new Error(`manifest.yml has no webtrigger ${moduleKey}`);
    const headers = Object.fromEntries(
      Object.entries(call.headers ?? {}).map(([name, value]) => [name.toLowerCase(), Array.isArray(value) ? value : [value]]),
    );
    const request = {
      method: call.method.toUpperCase(),
      path: call.path || '/',
      queryParameters: call.query ?? {},
      headers,
      body: call.body ?? '',
      context: { cloudId: site.cloudId, moduleKey },
    };
    const answer = (await invokeFunction(functionKey, [request, context], { moduleKey, moduleType: 'webtrigger', timeoutMs: TIME_LIMIT_MS.webtrigger })) as
      | Partial<WebTriggerAnswer>
      | undefined;
    // Forge answers 204 for a handler that returns nothing, and takes headers as string arrays.
    return { statusCode: answer?.statusCode ?? 204, headers: answer?.headers ?? {}, body: answer?.body ?? '' };
  };

  /** Resolves when every product event delivered so far has been handled (tests and the site's "settle"). */
  const settle = async () => {
    while (pending.size > 0) await Promise.allSettled([...pending]);
  };

  return { deliver, invokeWebTrigger, settle, pending: () => pending.size };
}
