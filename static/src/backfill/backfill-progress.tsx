import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { BackfillView } from '../../../src/sync/backfill/backfill-shapes';
import type { BackfillCommand } from './backfill-client';
import { count, duration, STATE_APPEARANCE, STATE_LABELS } from './backfill-format';

/**
 * A backfill under way or over: a progress bar (done of total), items a minute, the time left,
 * and the buttons its state allows (pause, resume, cancel) for those who may run it.
 */
interface BackfillProgressProps {
  view: BackfillView;
  canEdit: boolean;
  pending: boolean;
  onCommand: (command: BackfillCommand) => void;
}

export function BackfillProgress({ view, canEdit, pending, onCommand }: BackfillProgressProps) {
  const handled = view.done + view.failed;
  const total = view.total ?? 0;
  const percent = total > 0 ? Math.min(100, Math.round((handled / total) * 100)) : view.state === 'done' ? 100 : 0;
  const button = (command: BackfillCommand, label: string, appearance: 'primary' | 'default' | 'subtle' = 'default') => (
    <Button appearance={appearance} isDisabled={pending} testId={`backfill-${command}`} onClick={() => onCommand(command)}>
      {label}
    </Button>
  );
  return (
    <Stack space="space.150" testId="backfill-progress">
      <Inline space="space.100" alignBlock="center">
        <span data-testid="backfill-state" data-state={view.state}>
          <Lozenge appearance={STATE_APPEARANCE[view.state]}>{view.stalled ? 'Stalled' : STATE_LABELS[view.state]}</Lozenge>
        </span>
        <Text testId="backfill-counts">
          {count(view.done)} of {count(total)} brought over
          {view.failed > 0 ? `, ${count(view.failed)} failed` : ''}
          {view.skipped > 0 ? `, ${count(view.skipped)} already linked` : ''} · {count(view.comments)} comments
        </Text>
      </Inline>
      <div
        role="progressbar"
        aria-label="Backfill progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={handled}
        data-testid="backfill-progress-bar"
        data-done={view.done}
        data-total={total}
        style={{ height: 8, borderRadius: 4, background: 'var(--ds-background-neutral, #dfe1e6)', overflow: 'hidden', maxWidth: 640 }}
      >
        <div style={{ width: `${percent}%`, height: '100%', background: view.state === 'failed' ? 'var(--ds-background-danger-bold, #c9372c)' : 'var(--ds-background-brand-bold, #0c66e4)' }} />
      </div>
      <Text size="small" color="color.text.subtle" testId="backfill-rate">
        {view.state !== 'running' ? `${STATE_LABELS[view.state]}${view.finishedAt ? ` ${new Date(view.finishedAt).toLocaleString()}` : ''}` : view.itemsPerMinute !== undefined ? `${count(view.itemsPerMinute)} tickets a minute` : 'Measuring speed…'}
        {view.etaSeconds !== undefined ? ` · about ${duration(view.etaSeconds)} left` : ''}
        {view.retries > 0 ? ` · waited out ${count(view.retries)} rate limits or outages` : ''}
      </Text>
      {view.lastError && (
        <SectionMessage appearance="error" title="The backfill stopped">
          <p data-testid="backfill-error">{view.lastError}</p>
        </SectionMessage>
      )}
      {canEdit && (
        <Inline space="space.100">
          {view.state === 'running' && !view.stalled && button('pause', 'Pause')}
          {(view.state === 'paused' || view.state === 'failed' || view.stalled) && button('resume', 'Resume', 'primary')}
          {(view.state === 'running' || view.state === 'paused' || view.state === 'failed') && button('cancel', 'Cancel', 'subtle')}
        </Inline>
      )}
    </Stack>
  );
}
