import type { IntegrationView } from '../../../src/shared/integrations';
import type { RowAction } from '../access/integration-access';
import { WorkArea } from '../components/work-area';
import { NotificationsSection } from '../notifications/notifications-section';
import { BackfillPanel } from '../backfill/backfill-panel';
import { SyncConfigEditor } from '../sync-config/sync-config-editor';
import { SyncLogView } from '../sync-logs/sync-log-view';
import { SyncLinksView } from '../sync-links/sync-links-view';
import { WebhookSetupView } from '../webhook-setup/webhook-setup-view';
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

const TITLES: Record<RowAction, (name: string) => string> = {
  rename: (name) => `Rename "${name}"`,
  transfer: (name) => `Transfer ownership of "${name}"`,
  logs: (name) => `Log of "${name}"`,
  delete: (name) => `Delete "${name}"`,
  sync: (name) => `Sync settings of "${name}"`,
  links: (name) => `Links of "${name}"`,
  webhook: (name) => `Webhook of "${name}"`,
};

/** Views without a Cancel of their own get a Close button in the title row. */
const CLOSABLE: RowAction[] = ['logs', 'sync', 'links', 'webhook'];

interface IntegrationWorkAreaProps {
  action: RowAction;
  integration: IntegrationView;
  callerAccountId: string;
  changes: IntegrationChanges;
  onClose: () => void;
}

export function IntegrationWorkArea({ action, integration, callerAccountId, changes, onClose }: IntegrationWorkAreaProps) {
  return (
    <WorkArea
      title={TITLES[action](integration.name)}
      scrollKey={`${action}:${integration.id}`}
      testId="integration-work-area"
      data={{ action, 'integration-id': integration.id }}
      close={CLOSABLE.includes(action) ? { onClick: onClose, testId: 'integration-work-area-close' } : undefined}
    >
      <Content action={action} integration={integration} callerAccountId={callerAccountId} changes={changes} onClose={onClose} />
    </WorkArea>
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
      return (
        <>
          <IntegrationLogView integration={integration} callerAccountId={callerAccountId} />
          <SyncLogView integration={integration} />
        </>
      );
    case 'sync':
      return (
        <>
          <SyncConfigEditor integration={integration} />
          {integration.tool !== 'jsm' && integration.connectionId && <NotificationsSection integration={integration} />}
          {integration.tool !== 'jsm' && integration.connectionId && <BackfillPanel integration={integration} />}
        </>
      );
    case 'links':
      return <SyncLinksView integration={integration} />;
    case 'webhook':
      return <WebhookSetupView integration={integration} />;
  }
}
