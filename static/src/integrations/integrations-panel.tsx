import { useState } from 'react';
import EmptyState from '@atlaskit/empty-state';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import type { IntegrationView } from '../../../src/shared/integrations';
import type { Me } from '../../../src/shared/roles';
import { creatableTools, listScope, type RowAction } from '../access/integration-access';
import { listIntegrations } from '../api/deskbridge-client';
import type { ProjectRef } from '../api/module-context';
import { AsyncView } from '../components/async-view';
import { Panel } from '../components/panel';
import { useResource } from '../hooks/use-resource';
import { CreateIntegrationForm } from './create-integration-form';
import { IntegrationWorkArea } from './integration-work-area';
import { IntegrationsTable } from './integrations-table';
import { useIntegrationChanges } from './use-integration-changes';

/**
 * The Integrations panel of all three pages. The server scopes `integrations/list` by the page
 * (a project's settings: that project; admin page: all; global page: the caller's tools) and
 * says per row what the caller may do; the panel shows exactly that, lets the caller act on it,
 * and lists again after every change.
 */

const createSectionStyles = xcss({
  borderBlockStartColor: 'color.border',
  borderBlockStartStyle: 'solid',
  borderBlockStartWidth: 'border.width',
  paddingBlockStart: 'space.200',
});

interface IntegrationsPanelProps {
  me: Me;
  /** On a project settings page: the page's project, the only one listed and created in. */
  project?: ProjectRef;
}

export function IntegrationsPanel({ me, project }: IntegrationsPanelProps) {
  const list = useResource(listIntegrations, []);
  const changes = useIntegrationChanges(list.reload);
  const [selected, setSelected] = useState<{ action: RowAction; id: string } | null>(null);

  return (
    <Panel testId="integrations-panel" title="Integrations">
      <p data-testid="integrations-scope">{listScope(me, project?.key)}</p>
      <AsyncView state={list.state} label="Loading integrations">
        {(integrations) => {
          const target = selected && integrations.find((integration) => integration.id === selected.id);
          return (
            <Stack space="space.200">
              {integrations.length === 0 ? (
                <EmptyIntegrations />
              ) : (
                <IntegrationsTable
                  integrations={integrations}
                  callerAccountId={me.accountId}
                  busy={changes.busy || list.refreshing}
                  refreshing={list.refreshing}
                  selected={target ? selected : null}
                  onAction={(action: RowAction, integration: IntegrationView) => setSelected({ action, id: integration.id })}
                />
              )}
              {selected && target && (
                <IntegrationWorkArea
                  key={`${selected.action}-${target.id}`}
                  action={selected.action}
                  integration={target}
                  callerAccountId={me.accountId}
                  changes={changes}
                  onClose={() => setSelected(null)}
                />
              )}
            </Stack>
          );
        }}
      </AsyncView>
      {creatableTools(me).length > 0 && (
        <Box xcss={createSectionStyles}>
          <CreateIntegrationForm me={me} fixedProject={project} create={changes.create} busy={changes.busy} />
        </Box>
      )}
    </Panel>
  );
}

function EmptyIntegrations() {
  return (
    <div data-testid="integrations-empty">
      <EmptyState
        header="No integrations yet"
        description="An integration pairs a help-desk tool with a Jira project. Create the first one below."
        headingLevel={3}
        headingSize="xsmall"
        width="narrow"
      />
    </div>
  );
}
