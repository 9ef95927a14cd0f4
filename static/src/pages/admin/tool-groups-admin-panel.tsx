import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import Lozenge from '@atlaskit/lozenge';
import { Stack, Text } from '@atlaskit/primitives';
import type { ToolGroupView } from '../../../../src/shared/integrations';
import type { Tool } from '../../../../src/shared/roles';
import { TOOL_LABELS } from '../../access/page-access';
import { createToolGroup, listToolGroups, notifySuccess } from '../../api/deskbridge-client';
import { AsyncView } from '../../components/async-view';
import { FormErrorMessage } from '../../components/form-messages';
import { Panel } from '../../components/panel';
import { useAction } from '../../hooks/use-action';
import { useResource } from '../../hooks/use-resource';

/**
 * The "Access" panel: who besides admins gets into Deskbridge. One `deskbridge-jira-<tool>` group
 * per tool; its members work on the global page with their own integrations for that tool.
 * Missing groups can be created here (empty); members are added in Jira's user management.
 */

const head: HeadType = {
  cells: [
    { key: 'group', content: 'Group', width: 38 },
    { key: 'tool', content: 'Tool', width: 22 },
    { key: 'status', content: 'Status', width: 14 },
    { key: 'members', content: 'Members', width: 10 },
    { key: 'action', content: '', width: 16 },
  ],
};

export function ToolGroupsAdminPanel() {
  const groups = useResource(listToolGroups, []);
  const create = useAction(async (tool: Tool) => {
    const group = await createToolGroup(tool);
    notifySuccess('Group created', `${group.name} exists now. Add its members in Jira's user management.`);
    await groups.reload();
    return group;
  });

  return (
    <Panel testId="tool-groups-admin" title="Access">
      <p data-testid="tool-groups-convention">
        Jira admins manage everything here, and project admins manage their project's integrations from project settings.
        Anyone else gets in through a group named <code>deskbridge-jira-&lt;tool&gt;</code>: its members create and manage
        their own integrations for that tool on Apps → Deskbridge, and see the others' read-only, without their logs.
      </p>
      <p data-testid="tool-groups-members-hint">
        A group created here starts empty: add people to it in Jira's user management, like any other group.
      </p>
      <AsyncView state={groups.state} label="Loading Deskbridge's groups">
        {(data) => (
          <Stack space="space.150">
            <FormErrorMessage error={create.error} />
            <DynamicTable
              testId="tool-groups-table"
              label="Deskbridge access groups"
              head={head}
              rows={data.map((group) => groupRow(group, create.pending || groups.refreshing, () => void create.run(group.tool)))}
              isLoading={groups.refreshing}
            />
          </Stack>
        )}
      </AsyncView>
    </Panel>
  );
}

function groupRow(group: ToolGroupView, busy: boolean, onCreate: () => void): RowType {
  return {
    key: group.tool,
    testId: `tool-group-row-${group.tool}`,
    cells: [
      { content: <code data-testid={`tool-group-name-${group.tool}`}>{group.name}</code> },
      { content: <Text>{TOOL_LABELS[group.tool]}</Text> },
      {
        content: (
          <span data-testid={`tool-group-status-${group.tool}`} data-exists={String(group.exists)}>
            <Lozenge appearance={group.exists ? 'success' : 'moved'}>{group.exists ? 'Exists' : 'Missing'}</Lozenge>
          </span>
        ),
      },
      {
        content: (
          <span data-testid={`tool-group-members-${group.tool}`}>
            {group.exists ? <Text>{String(group.memberCount ?? 0)}</Text> : <Text color="color.text.subtlest">—</Text>}
          </span>
        ),
      },
      {
        content: group.exists ? null : (
          <Button spacing="compact" onClick={onCreate} isDisabled={busy} testId={`create-group-${group.tool}`}>
            Create group
          </Button>
        ),
      },
    ],
  };
}
