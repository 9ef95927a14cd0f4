import type { ConnectionView } from '../../../src/shared/connections';
import { ConfirmAction } from '../components/confirm-action';
import type { Action } from '../hooks/use-action';
import { inSentence } from './connection-format';

/**
 * Asks before disconnecting or deleting, and says what happens to the integrations that use
 * the connection. Delete is the server's to refuse while any do; its message names them.
 */

type Kind = 'disconnect' | 'delete';

interface ConnectionConfirmProps {
  kind: Kind;
  connection: ConnectionView;
  secretLabel: string;
  action: Action<[ConnectionView], unknown>;
  onDone: () => void;
  onCancel: () => void;
}

const users = (connection: ConnectionView) => connection.usedBy.map(({ name }) => `"${name}"`).join(', ');

function consequences(kind: Kind, connection: ConnectionView, secret: string): string {
  const inUse = connection.usedBy.length > 0;
  if (kind === 'disconnect') {
    return (
      `Deskbridge forgets the ${secret} now; the address and name stay. ` +
      (inUse ? `${users(connection)} stop syncing until the connection is reconnected with a ${secret}.` : 'Reconnect it any time with a key.')
    );
  }
  return inUse
    ? `It is used by ${users(connection)}: Deskbridge deletes a connection only once no integration uses it.`
    : `This deletes the connection and its ${secret}. You can't undo this.`;
}

export function ConnectionConfirm({ kind, connection, secretLabel, action, onDone, onCancel }: ConnectionConfirmProps) {
  const verb = kind === 'disconnect' ? 'Disconnect' : 'Delete';
  return (
    <ConfirmAction
      subject={connection}
      subjectKey={connection.id}
      action={action}
      title={`${verb} "${connection.name}"?`}
      consequences={consequences(kind, connection, inSentence(secretLabel))}
      errorTitle={`"${connection.name}" was not ${kind === 'disconnect' ? 'disconnected' : 'deleted'}`}
      confirmLabel={verb}
      confirmAppearance={kind === 'delete' ? 'danger' : 'warning'}
      testIds={{
        box: `connection-${kind}-confirm-${connection.id}`,
        consequences: 'connection-confirm-consequences',
        confirm: `connection-${kind}-confirm`,
        cancel: 'connection-confirm-cancel',
      }}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}
