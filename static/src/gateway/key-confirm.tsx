import type { GatewayKeyView } from '../../../src/gateway/gateway-types';
import { ConfirmAction } from '../components/confirm-action';
import type { Action } from '../hooks/use-action';

/** Asks before revoking or rotating a key, saying what happens to the bot that uses it. */

type Kind = 'revoke' | 'rotate';

interface KeyConfirmProps {
  kind: Kind;
  gatewayKey: GatewayKeyView;
  action: Action<[GatewayKeyView], unknown>;
  onDone: () => void;
  onCancel: () => void;
}

const CONSEQUENCES: Record<Kind, string> = {
  revoke: 'The key stops working at once and for good: every call with it is refused. It stays listed with its audit trail. You cannot undo this.',
  rotate:
    'Deskbridge makes a new key with the same service desks, operations, rate and expiry, and shows it once. The current key stops working at once: update the bot right after.',
};

export function KeyConfirm({ kind, gatewayKey, action, onDone, onCancel }: KeyConfirmProps) {
  const verb = kind === 'revoke' ? 'Revoke' : 'Rotate';
  return (
    <ConfirmAction
      subject={gatewayKey}
      subjectKey={`${kind}-${gatewayKey.id}`}
      action={action}
      title={`${verb} "${gatewayKey.name}"?`}
      consequences={CONSEQUENCES[kind]}
      errorTitle={`"${gatewayKey.name}" was not ${kind === 'revoke' ? 'revoked' : 'rotated'}`}
      confirmLabel={verb}
      confirmAppearance={kind === 'revoke' ? 'danger' : 'warning'}
      testIds={{
        box: `gateway-${kind}-confirm-${gatewayKey.id}`,
        consequences: 'gateway-confirm-consequences',
        confirm: `gateway-${kind}-confirm`,
        cancel: 'gateway-confirm-cancel',
      }}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}
