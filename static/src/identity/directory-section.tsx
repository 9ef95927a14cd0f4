import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Grid, Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { IdentityStatus } from '../../../src/shared/identity';
import { FormErrorMessage } from '../components/form-messages';
import { PanelField } from '../components/panel';
import { verifiedText } from '../connections/connection-format';
import { DateText } from '../integrations/integration-cells';
import { emailMatchingText, formatCount, mappedText, progressText, SYNC_STATE_LOOK } from './identity-format';
import type { DirectorySync } from './use-directory-sync';

/**
 * The Directory section: who Deskbridge knows from the site's directory (read as the app, by
 * accountId), how many help-desk contacts are mapped to them, and how the sync stands. "Sync
 * now" starts a run; while one runs, the status is read again every 2 s.
 */

interface DirectorySectionProps {
  status: IdentityStatus;
  sync: DirectorySync;
}

export function DirectorySection({ status, sync }: DirectorySectionProps) {
  const { directory, identityMap } = status;
  const busy = sync.start.pending || sync.running;
  return (
    <Stack space="space.150" testId="identity-status">
      <Inline spread="space-between" alignBlock="center">
        <Heading size="small" as="h3">
          Directory
        </Heading>
        <Button onClick={() => void sync.start.run()} isLoading={sync.start.pending} isDisabled={busy} testId="identity-sync-now">
          {sync.running ? 'Syncing…' : 'Sync now'}
        </Button>
      </Inline>
      {sync.notice && (
        <div data-testid="identity-sync-notice" role="status">
          <SectionMessage appearance={sync.notice.started ? 'information' : 'warning'}>
            <p>{sync.notice.message}</p>
          </SectionMessage>
        </div>
      )}
      <FormErrorMessage error={sync.start.error} title="The directory sync did not start" />
      <Grid templateColumns="repeat(auto-fill, minmax(160px, 1fr))" gap="space.200">
        <PanelField label="Users known" testId="identity-users">
          <Text>{formatCount(directory.users)}</Text>
        </PanelField>
        <PanelField label="With email" testId="identity-with-email">
          <Text>{formatCount(directory.withEmail)}</Text>
        </PanelField>
        <PanelField label="Mapped contacts" testId="identity-mapped">
          <Text>{mappedText(identityMap)}</Text>
        </PanelField>
        <PanelField label="Last sync" testId="identity-last-sync">
          <LastSync directory={directory} />
        </PanelField>
        <PanelField label="Next scheduled sync" testId="identity-next-sync">
          {directory.nextScheduledRunAt ? (
            <DateText iso={directory.nextScheduledRunAt} withTime />
          ) : (
            <Stack space="space.025">
              <Text>Daily</Text>
              <Text size="small" color="color.text.subtle">
                The time shows after the first scheduled run
              </Text>
            </Stack>
          )}
        </PanelField>
      </Grid>
      <p data-testid="identity-email-note">
        <Text color="color.text.subtle">{emailMatchingText(directory)}</Text>
      </p>
    </Stack>
  );
}

/** The state lozenge, then what a person needs about it: progress, when it ended, or why it failed. */
function LastSync({ directory }: { directory: IdentityStatus['directory'] }) {
  const look = SYNC_STATE_LOOK[directory.state];
  const ended = directory.finishedAt ?? directory.startedAt;
  return (
    <Stack space="space.050">
      <span data-testid="identity-sync-state" data-state={directory.state}>
        <Lozenge appearance={look.appearance}>{look.label}</Lozenge>
      </span>
      {directory.state === 'running' && (
        <span data-testid="identity-sync-progress">
          <Text size="small" color="color.text.subtle">
            {progressText(directory)}
          </Text>
        </span>
      )}
      {directory.state === 'failed' && directory.lastError && (
        <span data-testid="identity-sync-error">
          <Text size="small" color="color.text.danger">
            {directory.lastError}
          </Text>
        </span>
      )}
      {directory.state !== 'running' && directory.state !== 'never' && ended && (
        <Text size="small" color="color.text.subtle">
          <time dateTime={ended} title={ended}>
            {verifiedText(ended)}
          </time>
        </Text>
      )}
    </Stack>
  );
}
