import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack } from '@atlaskit/primitives';
import type { Me } from '../../../../src/shared/roles';
import { memberToolGroups } from '../../access/page-access';
import { Panel } from '../../components/panel';

/**
 * What a caller with access to the global page may do: one lozenge per `deskbridge-jira-<tool>`
 * group they belong to, and the rules of DESIGN.md §2 in plain words.
 */

export function ToolGroupsPanel({ me }: { me: Me }) {
  const groups = memberToolGroups(me);
  return (
    <Panel testId="tool-groups" title="Your access">
      {groups.length > 0 ? (
        <Stack space="space.150">
          <Inline space="space.100" shouldWrap testId="tool-group-list">
            {groups.map(({ tool, label, group }) => (
              <span key={tool} data-testid={`tool-group-${tool}`} data-group={group} title={group}>
                <Lozenge appearance="inprogress" isBold>
                  {label}
                </Lozenge>
              </span>
            ))}
          </Inline>
          <p data-testid="tool-groups-explanation">
            You are a member of {groups.map(({ group }) => group).join(', ')}. For{' '}
            {groups.length === 1 ? 'this tool' : 'each of these tools'} you can create integrations and manage the ones
            you created. You see other people's integrations for {groups.length === 1 ? 'it' : 'them'} read-only, without
            their logs.
          </p>
        </Stack>
      ) : (
        <p data-testid="tool-groups-none">You are not a member of any deskbridge-jira-&lt;tool&gt; group.</p>
      )}
      {me.isJiraAdmin && (
        <p data-testid="tool-groups-jira-admin">
          As a Jira admin you manage all of Deskbridge on its admin page: Apps → Manage apps → Deskbridge.
        </p>
      )}
    </Panel>
  );
}
