import { Inline, Text } from '@atlaskit/primitives';
import type { SyncLogQuery } from './sync-logs-client';

/**
 * The log's filters: result, direction, and a time window in whole days (the log keeps at most
 * 30). Plain selects: quick to read, and each change reloads the first page.
 */
const WINDOWS: { label: string; days?: number }[] = [
  { label: 'Any time' },
  { label: 'Last 24 hours', days: 1 },
  { label: 'Last 7 days', days: 7 },
  { label: 'Last 30 days', days: 30 },
];

interface SyncLogFiltersProps {
  query: SyncLogQuery;
  days?: number;
  onChange: (query: SyncLogQuery, days?: number) => void;
}

export function SyncLogFilters({ query, days, onChange }: SyncLogFiltersProps) {
  const select = (label: string, testId: string, value: string, options: [string, string][], change: (value: string) => void) => (
    <label>
      <Text size="small" weight="medium">
        {label}{' '}
      </Text>
      <select data-testid={testId} value={value} onChange={(event) => change(event.target.value)}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Inline space="space.200" shouldWrap alignBlock="center" testId="sync-log-filters">
      {select('Result', 'sync-log-filter-result', query.result ?? '', [['', 'Any'], ['ok', 'OK'], ['error', 'Error'], ['retry', 'Retry']], (value) =>
        onChange({ ...query, result: (value || undefined) as SyncLogQuery['result'] }, days),
      )}
      {select('Direction', 'sync-log-filter-direction', query.direction ?? '', [['', 'Any'], ['to-jira', 'To Jira'], ['to-helpdesk', 'To the help desk'], ['both', 'Both']], (value) =>
        onChange({ ...query, direction: (value || undefined) as SyncLogQuery['direction'] }, days),
      )}
      {select('When', 'sync-log-filter-time', String(days ?? ''), WINDOWS.map((window) => [String(window.days ?? ''), window.label]), (value) => {
        const picked = value ? Number(value) : undefined;
        onChange({ ...query, since: picked ? Date.now() - picked * 86_400_000 : undefined, until: undefined }, picked);
      })}
    </Inline>
  );
}
