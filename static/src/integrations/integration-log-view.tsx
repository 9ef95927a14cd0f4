import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import EmptyState from '@atlaskit/empty-state';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { IntegrationView } from '../../../src/shared/integrations';
import { ErrorMessage } from '../components/page-messages';
import { AccountText, DateText } from './integration-cells';
import { useIntegrationLog } from './use-integration-log';

/**
 * What happened to one integration, newest first: when, what, whether it worked, who did it,
 * and the details the log keeps (ids and titles only, never ticket content or secrets).
 */

const head: HeadType = {
  cells: [
    { key: 'at', content: 'Time', width: 22 },
    { key: 'action', content: 'Action', width: 22 },
    { key: 'result', content: 'Result', width: 10 },
    { key: 'actor', content: 'Actor', width: 18 },
    { key: 'detail', content: 'Detail', width: 28 },
  ],
};

interface IntegrationLogViewProps {
  integration: IntegrationView;
  callerAccountId: string;
}

export function IntegrationLogView({ integration, callerAccountId }: IntegrationLogViewProps) {
  const log = useIntegrationLog(integration.id);

  const rows: RowType[] = log.entries.map((entry, index) => ({
    key: `${entry.at}-${index}`,
    testId: `integration-log-entry-${index}`,
    cells: [
      { content: <DateText iso={entry.at} withTime /> },
      { content: <code>{entry.action}</code> },
      { content: <Lozenge appearance={entry.result === 'ok' ? 'success' : 'removed'}>{entry.result === 'ok' ? 'OK' : 'Error'}</Lozenge> },
      { content: <AccountText accountId={entry.actorAccountId} callerAccountId={callerAccountId} /> },
      { content: <Text>{entry.detail}</Text> },
    ],
  }));

  return (
    <div data-testid="integration-log" data-integration-id={integration.id}>
      <Stack space="space.200">
        {log.error && <ErrorMessage error={log.error} />}
        <DynamicTable
          testId="integration-log-table"
          label={`Log of ${integration.name}`}
          head={head}
          rows={rows}
          isLoading={log.loading}
          loadingLabel="Loading the log"
          emptyView={
            log.loading || log.error ? undefined : (
              <EmptyState header="Nothing logged yet" description="Changes and syncs of this integration will show here." headingLevel={4} />
            )
          }
        />
        {log.hasMore && (
          <Inline alignInline="center">
            <Button onClick={log.loadMore} isLoading={log.loadingMore} testId="integration-log-more">
              Load more
            </Button>
          </Inline>
        )}
      </Stack>
    </div>
  );
}
