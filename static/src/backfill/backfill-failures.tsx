import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType } from '@atlaskit/dynamic-table/types';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { BackfillFailure } from '../../../src/sync/backfill/backfill-shapes';

/** The tickets a backfill could not bring over (or not all of), each with its reason, and "Retry" for editors once the cause is fixed. */
const head: HeadType = {
  cells: [
    { key: 'ticket', content: 'Ticket', width: 12 },
    { key: 'issue', content: 'Issue', width: 12 },
    { key: 'kind', content: 'Kind', width: 12 },
    { key: 'reason', content: 'Reason', width: 64 },
  ],
};

interface BackfillFailuresProps {
  failures: BackfillFailure[];
  canRetry: boolean;
  pending: boolean;
  onRetry: () => void;
}

export function BackfillFailures({ failures, canRetry, pending, onRetry }: BackfillFailuresProps) {
  if (failures.length === 0) return null;
  const rows = failures.map((failure) => ({
    key: failure.ticketId,
    testId: `backfill-failure-${failure.ticketId}`,
    cells: [
      { content: <code>{failure.ticketId}</code> },
      { content: failure.issueKey ? <code>{failure.issueKey}</code> : <Text color="color.text.subtle">none</Text> },
      { content: <code>{failure.errorKind}</code> },
      { content: <Text>{failure.reason}</Text> },
    ],
  }));
  return (
    <Stack space="space.100" testId="backfill-failures">
      <Inline space="space.100" alignBlock="center" spread="space-between">
        <Text weight="medium">Failures</Text>
        {canRetry && (
          <Button isDisabled={pending || !failures.some((failure) => failure.retryable)} testId="backfill-retry-failures" onClick={onRetry}>
            Retry failures
          </Button>
        )}
      </Inline>
      <DynamicTable head={head} rows={rows} testId="backfill-failures-table" label="Backfill failures" />
    </Stack>
  );
}
