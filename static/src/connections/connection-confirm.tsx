import { useEffect } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ConnectionView } from '../../../src/shared/connections';
import { FormErrorMessage } from '../components/form-messages';
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
  const { clearError } = action;
  useEffect(() => clearError(), [connection.id, clearError]);
  const verb = kind === 'disconnect' ? 'Disconnect' : 'Delete';

  const confirm = async () => {
    if (await action.run(connection)) onDone();
  };

  return (
    <Stack space="space.200" testId={`connection-${kind}-confirm-${connection.id}`}>
      <SectionMessage appearance="warning" title={`${verb} "${connection.name}"?`}>
        <p data-testid="connection-confirm-consequences">{consequences(kind, connection, inSentence(secretLabel))}</p>
      </SectionMessage>
      <FormErrorMessage error={action.error} title={`"${connection.name}" was not ${kind === 'disconnect' ? 'disconnected' : 'deleted'}`} />
      <Inline space="space.100">
        <Button appearance={kind === 'delete' ? 'danger' : 'warning'} onClick={confirm} isLoading={action.pending} testId={`connection-${kind}-confirm`}>
          {verb}
        </Button>
        <Button appearance="subtle" onClick={onCancel} isDisabled={action.pending} testId="connection-confirm-cancel">
          Cancel
        </Button>
      </Inline>
    </Stack>
  );
}
