import type { IdentityLinkView } from '../../../src/shared/identity';
import { TOOL_LABELS } from '../access/page-access';
import { ConfirmAction } from '../components/confirm-action';
import type { Action } from '../hooks/use-action';
import { linkKey } from './identity-format';

/**
 * Asks before unmapping a contact, and says what changes: Deskbridge then acts as the app for
 * that contact (and names them in the text) until someone maps them again.
 */

interface RemoveLinkConfirmProps {
  link: IdentityLinkView;
  remove: Action<[IdentityLinkView], { deleted: boolean }>;
  onDone: () => void;
  onCancel: () => void;
}

export function RemoveLinkConfirm({ link, remove, onDone, onCancel }: RemoveLinkConfirmProps) {
  const key = linkKey(link);
  return (
    <ConfirmAction
      subject={link}
      subjectKey={key}
      action={remove}
      space="space.150"
      title={`Remove the mapping of ${TOOL_LABELS[link.tool]} contact ${link.contactId}?`}
      consequences={
        <>
          Deskbridge stops treating this contact as Jira account <code>{link.accountId}</code>. Until the contact is mapped again, its
          comments and requests arrive as the app, with the contact named in the text.
          {link.source === 'email' && ' Deskbridge matches it by email again the next time the contact syncs; to send it elsewhere, add a manual mapping instead.'}
        </>
      }
      errorTitle="The mapping was not removed"
      confirmLabel="Remove"
      confirmAppearance="danger"
      testIds={{
        box: `identity-link-remove-confirm-${key}`,
        consequences: 'identity-link-remove-consequences',
        confirm: 'identity-link-remove-confirm',
        cancel: 'identity-link-remove-cancel',
      }}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}
