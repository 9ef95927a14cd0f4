import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { BackfillView } from '../../../src/sync/backfill/backfill-shapes';
import { count, duration } from './backfill-format';

/**
 * What the estimate found and what bringing it over costs: tickets, calls on each side, and the
 * time it takes at the rate limits seen (the help desk's, and Jira's hourly points). Start is
 * the only way from here to a running backfill.
 */
interface BackfillEstimateProps {
  view: BackfillView;
  canEdit: boolean;
  pending: boolean;
  onStart: () => void;
}

export function BackfillEstimateView({ view, canEdit, pending, onStart }: BackfillEstimateProps) {
  const estimate = view.estimate;
  if (view.state === 'estimating' || !estimate) {
    return (
      <Text testId="backfill-estimating" color="color.text.subtle">
        Counting the tickets the filter selects…
      </Text>
    );
  }
  const toBring = Math.max(0, estimate.matching - estimate.alreadyLinked);
  return (
    <Stack space="space.100" testId="backfill-estimate-result">
      <Text>
        <strong data-testid="backfill-estimate-tickets">{count(toBring)}</strong> tickets to bring over
        {estimate.alreadyLinked > 0 ? ` (${count(estimate.alreadyLinked)} more are linked already)` : ''}, about {estimate.commentsPerTicket} comments each.
      </Text>
      <Text size="small" color="color.text.subtle" testId="backfill-estimate-cost">
        About {count(estimate.helpdeskCalls)} help-desk calls and {count(estimate.jiraCalls)} Jira calls; {duration(estimate.seconds)} at the current
        limits ({count(estimate.helpdeskLimitPerMinute)} help-desk calls a minute, {count(estimate.jiraPointsPerHour)} Jira points an hour).
      </Text>
      {canEdit && view.state === 'estimated' && (
        <Inline>
          <Button appearance="primary" isDisabled={pending || toBring === 0} testId="backfill-start" onClick={onStart}>
            Start backfill
          </Button>
        </Inline>
      )}
    </Stack>
  );
}
