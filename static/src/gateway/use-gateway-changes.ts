import type { CreateGatewayKeyPayload, GatewayKeyView, IssuedKey } from '../../../src/gateway/gateway-types';
import { notifySuccess } from '../api/deskbridge-client';
import { useAction, type Action } from '../hooks/use-action';
import { createGatewayKey, revokeGatewayKey, rotateGatewayKey } from './gateway-client';

/**
 * The changes the Bot gateway panel makes. Each accepted one is confirmed with a Jira flag and
 * the keys are listed again. Issue and rotate hand the new key to `onIssued`, which shows it
 * once: it lives only in that component's state, never in storage, a URL or a log.
 */
export interface GatewayChanges {
  create: Action<[CreateGatewayKeyPayload], IssuedKey>;
  rotate: Action<[GatewayKeyView], IssuedKey>;
  revoke: Action<[GatewayKeyView], GatewayKeyView>;
  busy: boolean;
}

export function useGatewayChanges(reload: () => Promise<void>, onIssued: (issued: IssuedKey, rotated: boolean) => void): GatewayChanges {
  const create = useAction(async (payload: CreateGatewayKeyPayload) => {
    const issued = await createGatewayKey(payload);
    onIssued(issued, false);
    notifySuccess('Key issued', `Copy the key for "${issued.key.name}" now: Deskbridge shows it only once.`);
    await reload();
    return issued;
  });

  const rotate = useAction(async (key: GatewayKeyView) => {
    const issued = await rotateGatewayKey(key.id);
    onIssued(issued, true);
    notifySuccess('Key rotated', `The old key of "${key.name}" no longer works. Copy the new one now.`);
    await reload();
    return issued;
  });

  const revoke = useAction(async (key: GatewayKeyView) => {
    const revoked = await revokeGatewayKey(key.id);
    notifySuccess('Key revoked', `"${key.name}" no longer works. Its audit trail stays.`);
    await reload();
    return revoked;
  });

  return { create, rotate, revoke, busy: [create, rotate, revoke].some((action) => action.pending) };
}
