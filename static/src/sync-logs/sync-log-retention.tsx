import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Text } from '@atlaskit/primitives';
import { AsyncView } from '../components/async-view';
import { ErrorMessage } from '../components/page-messages';
import { useAction } from '../hooks/use-action';
import { useLoad } from '../hooks/use-load';
import { getSyncLogSettings, saveSyncLogSettings } from './sync-logs-client';

/** How many days the log is kept (1–30): shown to readers, changed by editors; the daily prune applies it. */
export function SyncLogRetention({ integrationId, canEdit }: { integrationId: string; canEdit: boolean }) {
  const state = useLoad(() => getSyncLogSettings(integrationId), [integrationId]);
  const [days, setDays] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const save = useAction(async (value: number) => {
    const next = await saveSyncLogSettings(integrationId, value);
    setSaved(next.retentionDays);
    return next;
  });
  return (
    <AsyncView state={state} label="Loading the log retention">
      {(settings) => {
        const current = saved ?? settings.retentionDays;
        if (!canEdit) return <Text testId="sync-log-retention">Entries are kept for {current} days.</Text>;
        return (
          <Inline space="space.100" alignBlock="center" testId="sync-log-retention">
            <label>
              <Text size="small" weight="medium">
                Keep entries for{' '}
              </Text>
              <input
                type="number"
                min={settings.minDays}
                max={settings.maxDays}
                value={days ?? String(current)}
                data-testid="sync-log-retention-days"
                style={{ width: 64 }}
                onChange={(event) => setDays(event.target.value)}
              />
              <Text size="small"> days</Text>
            </label>
            <Button spacing="compact" isLoading={save.pending} testId="sync-log-retention-save" onClick={() => void save.run(Number(days ?? current))}>
              Save
            </Button>
            {save.error && <ErrorMessage error={save.error} />}
          </Inline>
        );
      }}
    </AsyncView>
  );
}
