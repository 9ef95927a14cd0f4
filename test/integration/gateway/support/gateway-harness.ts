import type { LocalDeskbridge } from '../../../../local/local-deskbridge';
import { runInvocation, TIME_LIMIT_MS } from '../../../../local/runtime/invocation-scope';
import { SEED_SERVICE_DESK } from '../../../../local/sandbox/jira';
import { createGatewayHandler } from '../../../../src/gateway/gateway-handler';
import type { CreateGatewayKeyPayload, IssuedKey } from '../../../../src/gateway/gateway-types';
import type { JsmService } from '../../../../src/gateway/bot-gateway';
import { invokeOk, ROLES } from '../../../support/local-app';

/**
 * Calls the bot gateway the way a bot does, on the local runtime: through the manifest's
 * webtrigger module (runtime.invokeWebTrigger, the real JSM service against the sandbox Jira),
 * or, with `jsm`, the same handler with another JSM service inside one local invocation.
 */
export const DESK = SEED_SERVICE_DESK.id;
export const REQUEST_TYPE = SEED_SERVICE_DESK.requestTypes.getItHelp.id;

export interface GatewayCall {
  token?: string;
  method?: string;
  path: string;
  body?: unknown;
  /** A raw body, sent as is (malformed JSON, oversized bodies). */
  rawBody?: string;
  query?: Record<string, string | string[]>;
  headers?: Record<string, string>;
}

export interface GatewayAnswer {
  status: number;
  headers: Record<string, string>;
  body: any;
  raw: string;
}

export async function callGateway(deskbridge: LocalDeskbridge, call: GatewayCall, jsm?: JsmService): Promise<GatewayAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...call.headers };
  if (call.token !== undefined) headers.authorization = `Bearer ${call.token}`;
  const query = Object.fromEntries(Object.entries(call.query ?? {}).map(([name, value]) => [name, Array.isArray(value) ? value : [value]]));
  const body = call.rawBody ?? (call.body === undefined ? '' : JSON.stringify(call.body));
  const method = call.method ?? (call.body !== undefined || call.rawBody !== undefined ? 'POST' : 'GET');
  const answer = jsm
    ? await runInvocation({ functionKey: 'bot-gateway-handler', moduleKey: 'bot-gateway', moduleType: 'webtrigger', timeoutMs: TIME_LIMIT_MS.webtrigger }, () =>
        createGatewayHandler({ jsm })({
          method: method as 'GET',
          path: `/x1/local-trigger${call.path}`,
          queryParameters: query,
          headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])),
          body,
        }),
      )
    : await deskbridge.runtime.invokeWebTrigger('bot-gateway', { method, path: call.path, query, headers, body });
  const flatHeaders = Object.fromEntries(Object.entries(answer.headers ?? {}).map(([name, values]) => [name.toLowerCase(), values.join(', ')]));
  return { status: answer.statusCode, headers: flatHeaders, body: answer.body ? JSON.parse(answer.body) : undefined, raw: answer.body ?? '' };
}

/** Issues a key on the admin page's resolver, as the Jira admin. */
export function issueKey(deskbridge: LocalDeskbridge, overrides: Partial<CreateGatewayKeyPayload> = {}): Promise<IssuedKey> {
  return invokeOk<IssuedKey>(deskbridge, ROLES.jiraAdmin, 'gateway/keys/create', {
    name: 'Support bot',
    serviceDeskIds: [DESK],
    operations: ['create', 'read', 'comment', 'transition'],
    ...overrides,
  });
}

/** KVS and the sandbox Jira as JSON, without what every authenticated call writes (audit, rate, last used). */
export function storedState(deskbridge: LocalDeskbridge): string {
  const namespaces = JSON.parse(deskbridge.runtime.kvs.snapshot()) as [string, [string, unknown][]][];
  const kept = namespaces
    .filter(([namespace]) => namespace !== 'entity:gateway-audit' && namespace !== 'entity:gateway-rate')
    .map(([namespace, items]) => [namespace, items.filter(([key]) => !key.startsWith('gateway:last-used:'))]);
  return JSON.stringify({ kvs: kept, jira: deskbridge.sandbox ? deskbridge.sandbox.site : null });
}

/** The audit entries stored for one key, oldest first (as KVS holds them). */
export function auditOf(deskbridge: LocalDeskbridge, keyId: string): Record<string, unknown>[] {
  return deskbridge.runtime.kvs
    .entries('entity:gateway-audit')
    .map(([, item]) => item.value as Record<string, unknown>)
    .filter((entry) => entry.keyId === keyId)
    .sort((a, b) => Number(a.at) - Number(b.at));
}

/** Waits out the end of the current minute when it is near: rate windows are calendar minutes. */
export async function awayFromMinuteEdge(marginMs = 5000): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < marginMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}
