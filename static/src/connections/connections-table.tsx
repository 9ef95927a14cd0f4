import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import { Inline } from '@atlaskit/primitives';
import type { ConnectionView, ConnectorSpecView } from '../../../src/shared/connections';
import { ConnectedByCell, ConnectionNameCell, SecretCell, StatusCell, ToolCell, UsedByCell } from './connection-cells';
import { actionLabel, connectionActions, secretLabelOf, specOf, toolName, type ConnectionAction } from './connection-format';

/**
 * One row per connection, oldest first (the server's order): what it connects to, how it stands
 * and when that was last checked, who set it up, that a key is stored (never the key), which
 * integrations use it, and its actions.
 */

const head: HeadType = {
  cells: [
    { key: 'tool', content: 'Tool', width: 11 },
    { key: 'name', content: 'Connection', width: 18 },
    { key: 'status', content: 'Status', width: 19 },
    { key: 'connected', content: 'Connected by', width: 10 },
    { key: 'secret', content: 'Key', width: 12 },
    { key: 'used', content: 'Used by', width: 9 },
    { key: 'actions', content: 'Actions', width: 21 },
  ],
};

interface ConnectionsTableProps {
  connections: ConnectionView[];
  specs: ConnectorSpecView[];
  callerAccountId: string;
  /** A change or a reload is running: actions wait. */
  busy: boolean;
  refreshing: boolean;
  /** The connection being re-verified, whose button shows the progress. */
  verifyingId: string | null;
  selected: { action: ConnectionAction; id: string } | null;
  onAction: (action: ConnectionAction, connection: ConnectionView) => void;
}

export function ConnectionsTable({ connections, specs, callerAccountId, busy, refreshing, verifyingId, selected, onAction }: ConnectionsTableProps) {
  const rows: RowType[] = connections.map((connection) => ({
    key: connection.id,
    testId: `connection-row-${connection.id}`,
    isHighlighted: selected?.id === connection.id,
    cells: [
      { content: <ToolCell connection={connection} toolName={toolName(specs, connection.tool)} /> },
      { content: <ConnectionNameCell connection={connection} /> },
      { content: <StatusCell connection={connection} /> },
      { content: <ConnectedByCell connection={connection} callerAccountId={callerAccountId} /> },
      { content: <SecretCell connection={connection} secretLabel={secretLabelOf(specOf(specs, connection.tool))} /> },
      { content: <UsedByCell connection={connection} /> },
      {
        content: (
          <RowActions connection={connection} disabled={busy} verifying={verifyingId === connection.id} selected={selected} onAction={onAction} />
        ),
      },
    ],
  }));

  return (
    <div data-testid="connections-table">
      <DynamicTable
        testId="connections-dynamic-table"
        label="Connections"
        head={head}
        rows={rows}
        isLoading={refreshing}
        loadingLabel="Loading the current connections"
        isFixedSize
      />
    </div>
  );
}

interface RowActionsProps {
  connection: ConnectionView;
  disabled: boolean;
  verifying: boolean;
  selected: ConnectionsTableProps['selected'];
  onAction: ConnectionsTableProps['onAction'];
}

function RowActions({ connection, disabled, verifying, selected, onAction }: RowActionsProps) {
  return (
    <Inline space="space.0" rowSpace="space.050" shouldWrap alignBlock="center">
      {connectionActions(connection).map((action) => {
        const label = actionLabel(action, connection);
        return (
          <Button
            key={action}
            spacing="compact"
            appearance="subtle"
            testId={`connection-${action}-${connection.id}`}
            isDisabled={disabled && !(action === 'verify' && verifying)}
            isLoading={action === 'verify' && verifying}
            isSelected={selected?.id === connection.id && selected.action === action}
            aria-label={`${label} ${connection.name}`}
            onClick={() => onAction(action, connection)}
          >
            {label}
          </Button>
        );
      })}
    </Inline>
  );
}
