import type { SyncLinkView } from '../../../src/shared/sync-links';
import { ConfirmAction } from '../components/confirm-action';
import type { Action } from '../hooks/use-action';
import { ticketLabel } from './sync-link-format';

/**
 * Asks before unlinking a pair, and says what changes: nothing is deleted on either side, the
 * two just stop syncing, and the issue loses the `deskbridge` property JQL searches on.
 */

interface UnlinkConfirmProps {
  link: SyncLinkView;
  toolLabel: string;
  unlink: Action<[SyncLinkView], { unlinked: string }>;
  onDone: () => void;
  onCancel: () => void;
}

export function UnlinkConfirm({ link, toolLabel, unlink, onDone, onCancel }: UnlinkConfirmProps) {
  const ticket = `${toolLabel} ticket ${ticketLabel(link.ticketId)}`;
  return (
    <ConfirmAction
      subject={link}
      subjectKey={link.id}
      action={unlink}
      space="space.150"
      title={`Unlink ${ticket} from ${link.issueKey}?`}
      consequences={
        <>
          Both sides keep their content: nothing is deleted in {toolLabel} or in Jira. From now on changes, replies and comments no
          longer sync between them, and {link.issueKey} no longer shows the link (or matches JQL searches on it). You can link them
          again with "Link a ticket".
        </>
      }
      errorTitle="The pair was not unlinked"
      confirmLabel="Unlink"
      confirmAppearance="warning"
      testIds={{ box: `sync-link-unlink-confirm-${link.ticketId}`, consequences: 'sync-link-unlink-consequences', confirm: 'sync-link-unlink-confirm', cancel: 'sync-link-unlink-cancel' }}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}
