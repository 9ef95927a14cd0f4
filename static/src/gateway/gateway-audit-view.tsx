import { useCallback } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import EmptyState from '@atlaskit/empty-state';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { AuditEntryView, GatewayKeyView } from '../../../src/gateway/gateway-types';
import { ErrorMessage } from '../components/page-messages';
import { usePagedList } from '../hooks/use-paged-list';
import { DateText } from '../integrations/integration-cells';
import { listGatewayAudit } from './gateway-client';

/**
 * What one key did, newest first: the operation, the request, the status. The audit trail keeps
 * no content (no summaries, comments or customers), so none can show here.
 */
const head: HeadType = {
  cells: [
    { key: 'at', content: 'Time', width: 24 },
    { key: 'operation', content: 'Operation', width: 24 },
    { key: 'request', content: 'Request', width: 14 },
    { key: 'result', content: 'Result', width: 24 },
    { key: 'duration', content: 'Took', width: 14 },
  ],
};

const RESULT_LOOK = { ok: 'success', refused: 'moved', error: 'removed' } as const;

export function GatewayAuditView({ gatewayKey }: { gatewayKey: GatewayKeyView }) {
  const fetchPage = useCallback(async (cursor?: string) => {
    const page = await listGatewayAudit(gatewayKey.id, cursor);
    return { items: page.entries, nextCursor: page.nextCursor };
  }, [gatewayKey.id]);
  const audit = usePagedList<AuditEntryView>(fetchPage);

  const rows: RowType[] = audit.items.map((entry, index) => ({
    key: `${entry.at}-${index}`,
    testId: `gateway-audit-entry-${index}`,
    cells: [
      { content: <DateText iso={entry.at} withTime /> },
      { content: <code>{`${entry.method} ${entry.operation}`}</code> },
      { content: entry.requestKey ? <code>{entry.requestKey}</code> : <Text color="color.text.subtlest">—</Text> },
      {
        content: (
          <Inline space="space.050" alignBlock="center">
            <Lozenge appearance={RESULT_LOOK[entry.result]}>{String(entry.status)}</Lozenge>
            {entry.errorKind && <Text size="small" color="color.text.subtle">{entry.errorKind}</Text>}
          </Inline>
        ),
      },
      { content: <Text size="small">{`${entry.durationMs} ms`}</Text> },
    ],
  }));

  return (
    <div data-testid="gateway-audit" data-key-id={gatewayKey.id}>
      <Stack space="space.150">
        {audit.error && <ErrorMessage error={audit.error} />}
        <DynamicTable
          testId="gateway-audit-table"
          label={`Audit trail of ${gatewayKey.name}`}
          head={head}
          rows={rows}
          isLoading={audit.loading}
          loadingLabel="Loading the audit trail"
          emptyView={audit.loading || audit.error ? undefined : <EmptyState header="No calls yet" description="Every call made with this key will show here." headingLevel={4} />}
        />
        {audit.hasMore && (
          <Inline alignInline="center">
            <Button onClick={audit.loadMore} isLoading={audit.loadingMore} testId="gateway-audit-more">
              Load more
            </Button>
          </Inline>
        )}
      </Stack>
    </div>
  );
}
