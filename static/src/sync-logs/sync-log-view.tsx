import { useState } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import EmptyState from '@atlaskit/empty-state';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { IntegrationView } from '../../../src/shared/integrations';
import { ErrorMessage } from '../components/page-messages';
import { useAction } from '../hooks/use-action';
import { DateText } from '../integrations/integration-cells';
import { downloadCsv, exportSyncLog } from './sync-log-export';
import { SyncLogFilters } from './sync-log-filters';
import { SyncLogRetention } from './sync-log-retention';
import type { SyncLogQuery } from './sync-logs-client';
import { useSyncLog } from './use-sync-log';

/**
 * What the sync did for one integration, newest first: when, which way, what, whether it worked,
 * the ticket and issue, and why it failed. Ids and titles only: the log never holds ticket
 * content. Filters, "Load more", and a CSV export of everything the filters select.
 */
const head: HeadType = {
  cells: [
    { key: 'at', content: 'Time', width: 18 },
    { key: 'direction', content: 'Direction', width: 10 },
    { key: 'action', content: 'Action', width: 14 },
    { key: 'result', content: 'Result', width: 8 },
    { key: 'ticket', content: 'Ticket', width: 8 },
    { key: 'issue', content: 'Issue', width: 9 },
    { key: 'detail', content: 'Title or reason', width: 33 },
  ],
};

const RESULT_APPEARANCE = { ok: 'success', error: 'removed', retry: 'moved' } as const;
const DIRECTION_LABELS = { 'to-jira': '→ Jira', 'to-helpdesk': '→ help desk', both: '⇄ both' } as const;

export function SyncLogView({ integration }: { integration: IntegrationView }) {
  const [query, setQuery] = useState<SyncLogQuery>({});
  const [days, setDays] = useState<number | undefined>(undefined);
  const log = useSyncLog(integration.id, query);
  const exporting = useAction(async () => {
    const { csv, rows, truncated } = await exportSyncLog(integration.id, query);
    downloadCsv(csv, `deskbridge-sync-log-${integration.id}.csv`);
    return { rows, truncated };
  });
  const rows: RowType[] = log.items.map((entry, index) => ({
    key: `${entry.at}-${index}`,
    testId: `sync-log-entry-${index}`,
    cells: [
      { content: <DateText iso={new Date(entry.at).toISOString()} withTime /> },
      { content: <Text>{DIRECTION_LABELS[entry.direction]}</Text> },
      { content: <code>{entry.action}</code> },
      { content: <Lozenge appearance={RESULT_APPEARANCE[entry.result]}>{entry.result}</Lozenge> },
      { content: entry.ticketId ? <code>{entry.ticketId}</code> : '' },
      { content: entry.issueKey ? <code>{entry.issueKey}</code> : '' },
      { content: <Text>{entry.reason ?? entry.title ?? ''}</Text> },
    ],
  }));
  return (
    <section data-testid="sync-log" data-integration-id={integration.id}>
      <Stack space="space.200">
        <Heading size="small" as="h4">
          Sync log
        </Heading>
        <SyncLogRetention integrationId={integration.id} canEdit={integration.access.canEdit} />
        <Inline space="space.200" spread="space-between" alignBlock="end" shouldWrap>
          <SyncLogFilters
            query={query}
            days={days}
            onChange={(next, nextDays) => {
              setQuery(next);
              setDays(nextDays);
            }}
          />
          <Button isLoading={exporting.pending} testId="sync-log-export" onClick={() => void exporting.run()}>
            Export CSV
          </Button>
        </Inline>
        {(log.error ?? exporting.error) && <ErrorMessage error={(log.error ?? exporting.error)!} />}
        <DynamicTable
          testId="sync-log-table"
          label={`Sync log of ${integration.name}`}
          head={head}
          rows={rows}
          isLoading={log.loading}
          loadingLabel="Loading the sync log"
          emptyView={log.loading || log.error ? undefined : <EmptyState header="Nothing synced yet" description="What the sync does for this integration shows here." headingLevel={4} />}
        />
        {log.hasMore && (
          <Inline alignInline="center">
            <Button onClick={log.loadMore} isLoading={log.loadingMore} testId="sync-log-more">
              Load more
            </Button>
          </Inline>
        )}
      </Stack>
    </section>
  );
}
