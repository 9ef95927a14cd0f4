import { Button, Modal, ModalBody, ModalFooter, ModalHeader, ModalTitle, ModalTransition, Text } from '@forge/react';
import { useState } from 'react';
import type { PanelTicket } from '../panel-view';
import { messageOf } from './panel-client';
import { ui as h } from './ui';

interface UnlinkConfirmProps {
  ticket: PanelTicket;
  issueKey: string;
  unlink: () => Promise<void>;
  onClose: () => void;
}

/**
 * Asks before unlinking, and says what unlinking does: the sync stops for this pair, and both
 * sides keep everything they have (comments already copied stay copied). Nothing is deleted.
 */
export function UnlinkConfirm({ ticket, issueKey, unlink, onClose }: UnlinkConfirmProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const confirm = async () => {
    setBusy(true);
    try {
      await unlink();
    } catch (caught) {
      setError(messageOf(caught));
      setBusy(false);
    }
  };
  return h(
    ModalTransition,
    null,
    h(
      Modal,
      { onClose, testId: `unlink-dialog-${ticket.ticketId}` },
      h(ModalHeader, null, h(ModalTitle, null, `Unlink ${ticket.toolName} ticket ${ticket.ticketId}?`)),
      h(
        ModalBody,
        null,
        h(Text, null, `${issueKey} and the ticket stop syncing. Both keep everything they have now: nothing is deleted on either side.`),
        error ? h(Text, { testId: `unlink-error-${ticket.ticketId}` }, error) : null,
      ),
      h(
        ModalFooter,
        null,
        h(Button, { appearance: 'subtle', onClick: onClose, isDisabled: busy, testId: `unlink-cancel-${ticket.ticketId}` }, 'Keep the link'),
        h(Button, { appearance: 'danger', onClick: confirm, isDisabled: busy, testId: `unlink-confirm-${ticket.ticketId}` }, 'Unlink'),
      ),
    ),
  );
}
