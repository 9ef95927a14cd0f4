import type { AuditPage, CreateGatewayKeyPayload, GatewayInfo, GatewayKeyView, IssuedKey } from '../../../src/gateway/gateway-types';
import { invokeResolver } from '../api/deskbridge-client';

/**
 * The bot gateway's resolvers (src/resolvers/gateway), one function a key, like
 * api/deskbridge-client.ts. Keys and answer types must match the server's; all of them are for
 * Jira admins only, and the server checks that on every call.
 */
interface GatewayAnswers {
  'gateway/info': GatewayInfo;
  'gateway/keys/list': GatewayKeyView[];
  'gateway/keys/create': IssuedKey;
  'gateway/keys/revoke': GatewayKeyView;
  'gateway/keys/rotate': IssuedKey;
  'gateway/audit/list': AuditPage;
}

async function call<K extends keyof GatewayAnswers>(key: K, payload: Record<string, unknown> = {}): Promise<GatewayAnswers[K]> {
  return invokeResolver<GatewayAnswers[K]>(key, payload);
}

/** `gateway/info`: the URL bots call, the desks a key may be given, the limits. */
export const fetchGatewayInfo = (): Promise<GatewayInfo> => call('gateway/info');

/** `gateway/keys/list`: every key with its settings and status; never a key itself. */
export const listGatewayKeys = (): Promise<GatewayKeyView[]> => call('gateway/keys/list');

/** `gateway/keys/create`: the answer carries the new key, the only time it is ever shown. */
export const createGatewayKey = (payload: CreateGatewayKeyPayload): Promise<IssuedKey> => call('gateway/keys/create', { ...payload });

/** `gateway/keys/revoke`: the key stops working at once; it stays listed with its audit trail. */
export const revokeGatewayKey = (id: string): Promise<GatewayKeyView> => call('gateway/keys/revoke', { id });

/** `gateway/keys/rotate`: a new key with the same settings; the old one stops working at once. */
export const rotateGatewayKey = (id: string): Promise<IssuedKey> => call('gateway/keys/rotate', { id });

/** `gateway/audit/list`: one key's calls, newest first, a page at a time. */
export const listGatewayAudit = (keyId: string, cursor?: string): Promise<AuditPage> =>
  call('gateway/audit/list', cursor === undefined ? { keyId } : { keyId, cursor });
