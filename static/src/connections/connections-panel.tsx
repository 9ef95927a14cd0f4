import { useState } from 'react';
import EmptyState from '@atlaskit/empty-state';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import type { ConnectionView } from '../../../src/shared/connections';
import type { Me } from '../../../src/shared/roles';
import { listConnections, listConnectorSpecs } from '../api/deskbridge-client';
import { AsyncView } from '../components/async-view';
import { FormErrorMessage } from '../components/form-messages';
import { Panel } from '../components/panel';
import { useLoad } from '../hooks/use-load';
import { useResource } from '../hooks/use-resource';
import { AddConnection } from './add-connection';
import { specOf, toolName, type ConnectionAction } from './connection-format';
import { ConnectionWorkArea, type WorkAreaAction } from './connection-work-area';
import { ConnectionsTable } from './connections-table';
import { useConnectionChanges } from './use-connection-changes';

/**
 * The Connections panel of the admin page (Jira admins only): the help-desk accounts Deskbridge
 * talks to, how each stands, and the forms to add, check, rotate, rename, disconnect and delete
 * them. Keys go to the server once, are verified there, and never come back.
 */

const addSectionStyles = xcss({
  borderBlockStartColor: 'color.border',
  borderBlockStartStyle: 'solid',
  borderBlockStartWidth: 'border.width',
  paddingBlockStart: 'space.200',
});

export function ConnectionsPanel({ me }: { me: Me }) {
  const list = useResource(listConnections, []);
  const specs = useLoad(listConnectorSpecs, []);
  const specList = specs.status === 'ready' ? specs.data : [];
  const changes = useConnectionChanges(list.reload, (tool) => toolName(specList, tool));
  const [selected, setSelected] = useState<{ action: WorkAreaAction; id: string } | null>(null);
  // The connection last re-verified: its button shows the progress, its name titles a failure.
  const [verified, setVerified] = useState<ConnectionView | null>(null);

  const onAction = (action: ConnectionAction, connection: ConnectionView) => {
    changes.verify.clearError();
    if (action !== 'verify') return setSelected({ action, id: connection.id });
    setVerified(connection);
    void changes.verify.run(connection);
  };

  return (
    <Panel testId="connections-panel" title="Connections">
      <p data-testid="connections-intro">
        The help-desk accounts Deskbridge works with. Connect checks the address and key with the help desk before
        anything is saved; keys are kept in Forge secret storage and never shown again, not even to admins.
      </p>
      <AsyncView state={list.state} label="Loading connections">
        {(connections) => {
          const target = selected && connections.find((connection) => connection.id === selected.id);
          return (
            <Stack space="space.200">
              {changes.verify.error && (
                <FormErrorMessage error={changes.verify.error} title={`Couldn't re-verify "${verified?.name ?? ''}"`} />
              )}
              {connections.length === 0 ? (
                <EmptyConnections />
              ) : (
                <ConnectionsTable
                  connections={connections}
                  specs={specList}
                  callerAccountId={me.accountId}
                  busy={changes.busy || list.refreshing}
                  refreshing={list.refreshing}
                  verifyingId={changes.verify.pending ? (verified?.id ?? null) : null}
                  selected={target ? selected : null}
                  onAction={onAction}
                />
              )}
              {selected && target && (
                <ConnectionWorkArea
                  key={`${selected.action}-${target.id}`}
                  action={selected.action}
                  connection={target}
                  spec={specOf(specList, target.tool)}
                  changes={changes}
                  onClose={() => setSelected(null)}
                />
              )}
            </Stack>
          );
        }}
      </AsyncView>
      <Box xcss={addSectionStyles}>
        <AsyncView state={specs} label="Loading the help desks Deskbridge connects to">
          {(data) => <AddConnection specs={data} create={changes.create} busy={changes.busy} />}
        </AsyncView>
      </Box>
    </Panel>
  );
}

function EmptyConnections() {
  return (
    <div data-testid="connections-empty">
      <EmptyState
        header="No connections yet"
        description="A connection holds the address and key of one help-desk account. Add the first one below; integrations then use it."
        headingLevel={3}
        headingSize="xsmall"
        width="narrow"
      />
    </div>
  );
}
