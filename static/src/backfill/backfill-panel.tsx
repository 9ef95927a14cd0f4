import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { IntegrationView } from '../../../src/shared/integrations';
import { LoadingIndicator } from '../components/async-view';
import { ErrorMessage } from '../components/page-messages';
import { BackfillEstimateView } from './backfill-estimate';
import { BackfillFailures } from './backfill-failures';
import { BackfillFilterForm } from './backfill-filter-form';
import { BackfillProgress } from './backfill-progress';
import { useBackfill } from './use-backfill';

/**
 * Migration: bring the help desk's existing tickets over as linked issues, with their replies.
 * Choose what (filter) → see the estimate → start; then progress, pause, resume, cancel, and the
 * failures with their reasons. The work runs in Deskbridge's queue: this page only watches it,
 * and can be closed meanwhile.
 */
export function BackfillPanel({ integration }: { integration: IntegrationView }) {
  const backfill = useBackfill(integration.id);
  const { view } = backfill;
  const canEdit = integration.access.canEdit;
  const pending = backfill.command.pending || backfill.estimate.pending;
  const underWay = view !== null && (view.state === 'running' || view.state === 'paused' || view.state === 'failed');
  const error = backfill.command.error ?? backfill.estimate.error ?? backfill.error;
  return (
    <section data-testid="backfill-panel" data-integration-id={integration.id}>
      <Stack space="space.200">
        <Heading size="small" as="h4">
          Backfill
        </Heading>
        <Text color="color.text.subtle">
          Brings tickets that exist already over to Jira: one issue each, linked and synced from then on, with their replies as comments.
        </Text>
        {backfill.loading && <LoadingIndicator label="Loading the backfill" />}
        {error && <ErrorMessage error={error} />}
        {canEdit && !underWay && view?.state !== 'estimating' && (
          <BackfillFilterForm initial={view?.filter} disabled={pending} pending={backfill.estimate.pending} onEstimate={(filter) => void backfill.estimate.run(filter)} />
        )}
        {view && (view.state === 'estimating' || view.state === 'estimated') && (
          <BackfillEstimateView view={view} canEdit={canEdit} pending={pending} onStart={() => void backfill.command.run('start')} />
        )}
        {view && view.state !== 'estimating' && view.state !== 'estimated' && (
          <BackfillProgress view={view} canEdit={canEdit} pending={pending} onCommand={(command) => void backfill.command.run(command)} />
        )}
        {view && <BackfillFailures failures={view.failures} canRetry={canEdit} pending={pending} onRetry={() => void backfill.command.run('retry-failures')} />}
      </Stack>
    </section>
  );
}
