import { useEffect, useRef } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';
import type { IntegrationView } from '../../../src/shared/integrations';
import type { RowAction } from '../access/integration-access';
import { DeleteIntegrationConfirm } from './delete-integration-confirm';
import { IntegrationLogView } from './integration-log-view';
import { RenameIntegrationForm } from './rename-integration-form';
import { TransferOwnershipForm } from './transfer-ownership-form';
import type { IntegrationChanges } from './use-integration-changes';

/**
 * The area under the table where the action picked on a row happens: rename, transfer, delete
 * (after confirming) or the log. One at a time, titled with the integration it acts on, and
 * scrolled into view so the person sees it open.
 */

const areaStyles = xcss({
  borderColor: 'color.border',
  borderStyle: 'solid',
  borderWidth: 'border.width',
  borderRadius: 'radius.medium',
  backgroundColor: 'elevation.surface.sunken',
});

const TITLES: Record<RowAction, (name: string) => string> = {
  rename: (name) => `Rename "${name}"`,
  transfer: (name) => `Transfer ownership of "${name}"`,
  logs: (name) => `Log of "${name}"`,
  delete: (name) => `Delete "${name}"`,
};

interface IntegrationWorkAreaProps {
  action: RowAction;
  integration: IntegrationView;
  callerAccountId: string;
  changes: IntegrationChanges;
  onClose: () => void;
}

export function IntegrationWorkArea({ action, integration, callerAccountId, changes, onClose }: IntegrationWorkAreaProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [action, integration.id]);

  return (
    <div ref={ref} data-testid="integration-work-area" data-action={action} data-integration-id={integration.id}>
      <Box xcss={areaStyles} padding="space.200">
        <Stack space="space.150">
          <Inline spread="space-between" alignBlock="center">
            <Heading size="small" as="h3">
              {TITLES[action](integration.name)}
            </Heading>
            {action === 'logs' && (
              <Button appearance="subtle" spacing="compact" onClick={onClose} testId="integration-work-area-close">
                Close
              </Button>
            )}
          </Inline>
          <Content action={action} integration={integration} callerAccountId={callerAccountId} changes={changes} onClose={onClose} />
        </Stack>
      </Box>
    </div>
  );
}

function Content({ action, integration, callerAccountId, changes, onClose }: IntegrationWorkAreaProps) {
  switch (action) {
    case 'rename':
      return <RenameIntegrationForm integration={integration} rename={changes.rename} onDone={onClose} onCancel={onClose} />;
    case 'transfer':
      return <TransferOwnershipForm integration={integration} transfer={changes.transfer} onDone={onClose} onCancel={onClose} />;
    case 'delete':
      return <DeleteIntegrationConfirm integration={integration} remove={changes.remove} onDone={onClose} onCancel={onClose} />;
    case 'logs':
      return <IntegrationLogView integration={integration} callerAccountId={callerAccountId} />;
  }
}
