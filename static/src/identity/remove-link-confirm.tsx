import { useEffect } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { IdentityLinkView } from '../../../src/shared/identity';
import { TOOL_LABELS } from '../access/page-access';
import { FormErrorMessage } from '../components/form-messages';
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
  const { clearError } = remove;
  const key = linkKey(link);
  useEffect(() => clearError(), [key, clearError]);
  const tool = TOOL_LABELS[link.tool];

  const confirm = async () => {
    if (await remove.run(link)) onDone();
  };

  return (
    <Stack space="space.150" testId={`identity-link-remove-confirm-${key}`}>
      <SectionMessage appearance="warning" title={`Remove the mapping of ${tool} contact ${link.contactId}?`}>
        <p data-testid="identity-link-remove-consequences">
          Deskbridge stops treating this contact as Jira account <code>{link.accountId}</code>. Until the contact is mapped
          again, its comments and requests arrive as the app, with the contact named in the text.
          {link.source === 'email' && ' Deskbridge matches it by email again the next time the contact syncs; to send it elsewhere, add a manual mapping instead.'}
        </p>
      </SectionMessage>
      <FormErrorMessage error={remove.error} title="The mapping was not removed" />
      <Inline space="space.100">
        <Button appearance="danger" onClick={confirm} isLoading={remove.pending} testId="identity-link-remove-confirm">
          Remove
        </Button>
        <Button appearance="subtle" onClick={onCancel} isDisabled={remove.pending} testId="identity-link-remove-cancel">
          Cancel
        </Button>
      </Inline>
    </Stack>
  );
}
