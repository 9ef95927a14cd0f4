import { useEffect, useRef } from 'react';
import Heading from '@atlaskit/heading';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import type { ConnectionView, ConnectorSpecView } from '../../../src/shared/connections';
import { ConnectionConfirm } from './connection-confirm';
import { actionLabel, secretLabelOf, type ConnectionAction } from './connection-format';
import { RenameConnectionForm } from './rename-connection-form';
import { RotateSecretForm } from './rotate-secret-form';
import type { ConnectionChanges } from './use-connection-changes';

/**
 * Under the table, where the action picked on a row happens (rotate, rename, disconnect,
 * delete), one at a time, titled with the connection it acts on and scrolled into view.
 */

const areaStyles = xcss({
  borderColor: 'color.border',
  borderStyle: 'solid',
  borderWidth: 'border.width',
  borderRadius: 'radius.medium',
  backgroundColor: 'elevation.surface.sunken',
});

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
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [action, connection.id]);

  return (
    <div ref={ref} data-testid="connection-work-area" data-action={action} data-connection-id={connection.id}>
      <Box xcss={areaStyles} padding="space.200">
        <Stack space="space.150">
          <Heading size="small" as="h3">
            {`${actionLabel(action, connection)}: "${connection.name}"`}
          </Heading>
          <Content {...props} />
        </Stack>
      </Box>
    </div>
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
