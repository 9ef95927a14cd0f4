import { z } from 'zod';
import { issueKey, listKeyViews, revokeKey, rotateKey } from '../../gateway/key-service';
import type { GatewayKeyView, IssuedKey } from '../../gateway/gateway-types';
import { defineResolver } from '../define-resolver';
import { checkedKeyPayload, createKeyPayload, keyId } from './key-payloads';

/**
 * Gateway keys on the admin page (Jira admins only). Create and rotate answer the key itself,
 * once: it is stored only as a keyed hash, so no later call can show it again.
 */

export const listGatewayKeys = defineResolver({
  key: 'gateway/keys/list',
  payload: z.object({}).strict(),
  access: { action: 'gateway.manage' },
  handle: (): Promise<GatewayKeyView[]> => listKeyViews(),
});

export const createGatewayKey = defineResolver({
  key: 'gateway/keys/create',
  payload: createKeyPayload,
  access: { action: 'gateway.manage' },
  handle: async (payload, { caller }): Promise<IssuedKey> => issueKey(await checkedKeyPayload(payload), caller.accountId),
});

export const revokeGatewayKey = defineResolver({
  key: 'gateway/keys/revoke',
  payload: z.object({ id: keyId }).strict(),
  access: { action: 'gateway.manage' },
  handle: ({ id }): Promise<GatewayKeyView> => revokeKey(id),
});

export const rotateGatewayKey = defineResolver({
  key: 'gateway/keys/rotate',
  payload: z.object({ id: keyId }).strict(),
  access: { action: 'gateway.manage' },
  handle: ({ id }): Promise<IssuedKey> => rotateKey(id),
});
