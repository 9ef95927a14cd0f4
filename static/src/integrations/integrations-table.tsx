import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import { Inline, Text } from '@atlaskit/primitives';
import type { IntegrationView } from '../../../src/shared/integrations';
import { isReadOnly, rowActions, type RowAction } from '../access/integration-access';
import { AccountText, DateText, ReadOnlyLozenge, ToolLozenge } from './integration-cells';

/**
 * The integrations the caller can see, one row each. A row offers only the actions its `access`
 * allows (the server computed it for this caller); a row the caller can't change says "Read only"
 * where its actions would be.
 */

const ACTION_LABELS: Record<RowAction, string> = {
  rename: 'Rename',
  transfer: 'Transfer',
  logs: 'View log',
  delete: 'Delete',
  sync: 'Sync settings',
  links: 'Links',
  webhook: 'Webhook',
};

const ACTION_TEST_IDS: Record<RowAction, string> = {
  rename: 'integration-rename',
  transfer: 'integration-transfer',
  logs: 'integration-logs',
  delete: 'integration-delete',
  sync: 'integration-sync',
  links: 'integration-links',
  webhook: 'integration-webhook',
};

const head: HeadType = {
  cells: [
    { key: 'name', content: 'Name', isSortable: true, width: 24 },
    { key: 'tool', content: 'Tool', isSortable: true, width: 10 },
    { key: 'project', content: 'Project', isSortable: true, width: 7 },
    { key: 'owner', content: 'Owner', width: 10 },
    { key: 'created', content: 'Created', isSortable: true, width: 11 },
    { key: 'actions', content: 'Actions', width: 38 },
  ],
};

interface IntegrationsTableProps {
  integrations: IntegrationView[];
  callerAccountId: string;
  /** A change or a reload is running: actions wait, the table shows a spinner over its rows. */
  busy: boolean;
  refreshing: boolean;
  selected: { action: RowAction; id: string } | null;
  onAction: (action: RowAction, integration: IntegrationView) => void;
}

export function IntegrationsTable({ integrations, callerAccountId, busy, refreshing, selected, onAction }: IntegrationsTableProps) {
  const rows: RowType[] = integrations.map((integration) => ({
    key: integration.id,
    testId: `integration-tr-${integration.id}`,
    isHighlighted: selected?.id === integration.id,
    cells: [
      {
        key: integration.name.toLowerCase(),
        content: (
          <span data-testid={`integration-row-${integration.id}`} data-integration-id={integration.id}>
            <Text weight="medium">{integration.name}</Text>
          </span>
        ),
      },
      { key: integration.tool, content: <ToolLozenge tool={integration.tool} /> },
      { key: integration.project.key, content: <Text>{integration.project.key}</Text> },
      { content: <AccountText accountId={integration.ownerAccountId} callerAccountId={callerAccountId} /> },
      { key: integration.createdAt, content: <DateText iso={integration.createdAt} /> },
      { content: <RowActions integration={integration} disabled={busy} selected={selected} onAction={onAction} /> },
    ],
  }));

  return (
    <div data-testid="integrations-table">
      <DynamicTable
        testId="integrations-dynamic-table"
        label="Integrations"
        head={head}
        rows={rows}
        isLoading={refreshing}
        loadingLabel="Loading the current integrations"
        isFixedSize
        defaultSortKey="created"
        defaultSortOrder="ASC"
      />
    </div>
  );
}

interface RowActionsProps {
  integration: IntegrationView;
  disabled: boolean;
  selected: IntegrationsTableProps['selected'];
  onAction: IntegrationsTableProps['onAction'];
}

function RowActions({ integration, disabled, selected, onAction }: RowActionsProps) {
  return (
    // One line at Jira's usual widths; wraps rather than hides actions in a narrow frame.
    <Inline space="space.0" rowSpace="space.050" shouldWrap alignBlock="center">
      {isReadOnly(integration) && <ReadOnlyLozenge id={integration.id} />}
      {[...rowActions(integration), 'sync' as const, ...syncActions(integration)].map((action) => (
        <Button
          key={action}
          spacing="compact"
          appearance="subtle"
          testId={`${ACTION_TEST_IDS[action]}-${integration.id}`}
          isDisabled={disabled}
          isSelected={selected?.id === integration.id && selected.action === action}
          aria-label={`${ACTION_LABELS[action]} ${integration.name}`}
          onClick={() => onAction(action, integration)}
        >
          {ACTION_LABELS[action]}
        </Button>
      ))}
    </Inline>
  );
}

/** Links and the webhook belong to help-desk sync (not JSM integrations); the webhook's resolvers are for editors only. */
function syncActions(integration: IntegrationView): RowAction[] {
  if (integration.tool === 'jsm') return [];
  return integration.access.canEdit ? ['links', 'webhook'] : ['links'];
}
