import { useState } from 'react';
import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { IntegrationView } from '../../../src/shared/integrations';
import type { SyncLinkView } from '../../../src/shared/sync-links';
import { TOOL_LABELS } from '../access/page-access';
import { FormErrorMessage } from '../components/form-messages';
import { ErrorMessage } from '../components/page-messages';
import { Switch } from '../sync-config/setting-controls';
import { LinkTicketForm } from './link-ticket-form';
import { emptyLinksText } from './sync-link-format';
import { SyncLinksTable } from './sync-links-table';
import { UnlinkConfirm } from './unlink-confirm';
import { useLinkChanges, useSyncLinks } from './use-sync-links';

/**
 * An integration's linked pairs (the Links action of a row): newest first, filterable to the
 * stuck ones, with Retry, Unlink (after confirming) and "Link a ticket" for those who may change
 * the integration; read-only for the others. The list is read again after every change.
 */

const confirmStyles = xcss({
  borderColor: 'color.border',
  borderStyle: 'solid',
  borderWidth: 'border.width',
  borderRadius: 'radius.medium',
  backgroundColor: 'elevation.surface',
});

export function SyncLinksView({ integration }: { integration: IntegrationView }) {
  const [stuckOnly, setStuckOnly] = useState(false);
  const [unlinking, setUnlinking] = useState<SyncLinkView | null>(null);
  const [retryingId, setRetryingId] = useState<string | null>(null);
  const links = useSyncLinks(integration.id, stuckOnly);
  const changes = useLinkChanges(integration.id, links.reload);
  const canEdit = integration.access.canEdit;
  const toolLabel = TOOL_LABELS[integration.tool];
  const target = unlinking && links.links.find((link) => link.id === unlinking.id);
  const empty = emptyLinksText(stuckOnly, canEdit);
  const filter = (checked: boolean) => {
    setUnlinking(null);
    setStuckOnly(checked);
  };

  return (
    <Stack space="space.200" testId="sync-links">
      <Inline spread="space-between" alignBlock="center" shouldWrap rowSpace="space.100">
        <Text color="color.text.subtle">
          {`Each row is a ${toolLabel} ticket and the Jira issue it syncs with. A stuck pair waits for its cause to be fixed; the others carry on.`}
        </Text>
        <Inline space="space.150" alignBlock="center">
          <Switch label="Stuck only" checked={stuckOnly} onChange={filter} testId="sync-links-stuck-only" readOnly={false} />
          <Button spacing="compact" onClick={links.reload} isDisabled={links.loading} testId="sync-links-refresh">
            Refresh
          </Button>
        </Inline>
      </Inline>
      {!canEdit && (
        <div data-testid="sync-links-read-only">
          <SectionMessage appearance="information">
            <p>You can see these links but not change them: only the integration's owner, admins of its project and Jira admins can.</p>
          </SectionMessage>
        </div>
      )}
      {links.error && <ErrorMessage error={links.error} />}
      <FormErrorMessage error={changes.retry.error} title="The link was not retried" />
      {!links.loading && !links.error && links.links.length === 0 ? (
        <div data-testid="sync-links-empty" data-filter={stuckOnly ? 'stuck' : 'all'}>
          <EmptyState header={empty.header} description={empty.description} headingLevel={4} headingSize="xsmall" width="narrow" />
        </div>
      ) : (
        <SyncLinksTable
          links={links.links}
          loading={links.loading}
          canEdit={canEdit}
          busy={changes.busy}
          retrying={changes.retry.pending ? retryingId : null}
          selectedId={target?.id ?? null}
          onRetry={(link) => {
            setRetryingId(link.id);
            void changes.retry.run(link);
          }}
          onUnlink={(link) => {
            changes.unlink.clearError();
            setUnlinking(link);
          }}
        />
      )}
      {links.hasMore && (
        <Inline alignInline="center">
          <Button onClick={links.loadMore} isLoading={links.loadingMore} testId="sync-links-more">
            Load more
          </Button>
        </Inline>
      )}
      {canEdit && target && (
        <Box xcss={confirmStyles} padding="space.200">
          <UnlinkConfirm key={target.id} link={target} toolLabel={toolLabel} unlink={changes.unlink} onDone={() => setUnlinking(null)} onCancel={() => setUnlinking(null)} />
        </Box>
      )}
      {canEdit && <LinkTicketForm toolLabel={toolLabel} create={changes.create} busy={changes.busy} />}
    </Stack>
  );
}
