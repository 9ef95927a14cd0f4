import type { ConnectionView, ConnectorSpecView } from '../../../src/shared/connections';
import { WorkArea } from '../components/work-area';
import { ConnectionConfirm } from './connection-confirm';
import { actionLabel, secretLabelOf, type ConnectionAction } from './connection-format';
import { RenameConnectionForm } from './rename-connection-form';
import { RotateSecretForm } from './rotate-secret-form';
import type { ConnectionChanges } from './use-connection-changes';

/**
 * Under the table, where the action picked on a row happens (rotate, rename, disconnect,
 * delete), one at a time, titled with the connection it acts on and scrolled into view.
 */

/** Re-verify runs straight from the row; everything else opens here. */
export type WorkAreaAction = Exclude<ConnectionAction, 'verify'>;

interface ConnectionWorkAreaProps {
  action: WorkAreaAction;
  connection: ConnectionView;
  spec: ConnectorSpecView | undefined;
  changes: ConnectionChanges;
  onClose: () => void;
}

export function ConnectionWorkArea(props: ConnectionWorkAreaProps) {
  const { action, connection } = props;
  return (
    <WorkArea
      title={`${actionLabel(action, connection)}: "${connection.name}"`}
      scrollKey={`${action}:${connection.id}`}
      testId="connection-work-area"
      data={{ action, 'connection-id': connection.id }}
    >
      <Content {...props} />
    </WorkArea>
  );
}

function Content({ action, connection, spec, changes, onClose }: ConnectionWorkAreaProps) {
  switch (action) {
    case 'rotate':
      // The specs load alongside the list; without them there is no form to show yet.
      return spec ? <RotateSecretForm connection={connection} spec={spec} rotate={changes.rotate} onDone={onClose} onCancel={onClose} /> : null;
    case 'rename':
      return <RenameConnectionForm connection={connection} rename={changes.rename} onDone={onClose} onCancel={onClose} />;
    case 'disconnect':
      return <ConnectionConfirm kind="disconnect" connection={connection} secretLabel={secretLabelOf(spec)} action={changes.disconnect} onDone={onClose} onCancel={onClose} />;
    case 'delete':
      return <ConnectionConfirm kind="delete" connection={connection} secretLabel={secretLabelOf(spec)} action={changes.remove} onDone={onClose} onCancel={onClose} />;
  }
}
