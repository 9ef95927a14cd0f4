import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { DashboardSummary } from '../../../src/dashboard/dashboard-view';
import { JQL_EXAMPLES } from '../../../src/shared/jql-examples';
import { invokeResolver } from '../api/deskbridge-client';
import { AsyncView } from '../components/async-view';
import { Panel } from '../components/panel';
import { useLoad } from '../hooks/use-load';
import { ActivityChart } from './activity-chart';

const fetchSummary = async (): Promise<DashboardSummary> => invokeResolver<DashboardSummary>('dashboard/summary');

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const HEAD = {
  cells: [
    { key: 'tool', content: 'Help desk' },
    { key: 'integrations', content: 'Integrations' },
    { key: 'links', content: 'Linked tickets' },
    { key: 'stuck', content: 'Stuck' },
  ],
};

/**
 * The admin page's overview of the sync, from one resolver call (`dashboard/summary`): linked
 * tickets per help desk, how many links are stuck, and the last seven days' sync activity. For
 * anything finer, it points to JQL: every linked issue carries the searchable `deskbridge` property.
 */
export function DashboardPanel() {
  const summary = useLoad(fetchSummary, []);
  return (
    <Panel testId="dashboard-panel" title="Sync overview">
      <AsyncView state={summary} label="Loading the sync overview">
        {(data) => (
          <Stack space="space.200">
            <Inline space="space.200" alignBlock="center">
              <Text testId="dashboard-totals">
                {`${count(data.totals.links, 'linked ticket')}${data.capped ? ' or more' : ''} in ${count(data.totals.integrations, 'integration')}`}
              </Text>
              <span data-testid="dashboard-stuck" data-count={data.totals.stuck}>
                <Lozenge appearance={data.totals.stuck > 0 ? 'removed' : 'success'}>{`${data.totals.stuck} stuck`}</Lozenge>
              </span>
            </Inline>
            <div data-testid="dashboard-tools">
              <DynamicTable
                head={HEAD}
                emptyView={<Text>No integration syncs with a help desk yet.</Text>}
                rows={data.tools.map((tool) => ({
                  key: tool.tool,
                  cells: [
                    { key: 'tool', content: tool.toolName },
                    { key: 'integrations', content: tool.integrations },
                    { key: 'links', content: tool.links },
                    { key: 'stuck', content: tool.stuck > 0 ? <Lozenge appearance="removed">{String(tool.stuck)}</Lozenge> : '0' },
                  ],
                }))}
              />
            </div>
            <ActivityChart days={data.activity} />
            <Stack space="space.050" testId="dashboard-jql-examples">
              <Text size="small">Search linked issues in Jira (Filters → Advanced issue search) with JQL like:</Text>
              {JQL_EXAMPLES.map(({ label, jql }) => (
                <Text key={jql} size="small">
                  {label}: <code>{jql}</code>
                </Text>
              ))}
            </Stack>
          </Stack>
        )}
      </AsyncView>
    </Panel>
  );
}
