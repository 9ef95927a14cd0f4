import { Button, Image, Inline, Link, Lozenge, SectionMessage, Stack, Text } from '@forge/react';
import { useState } from 'react';
import type { PanelTicket, ReplyVisibility } from '../panel-view';
import { formatTime, STATUS_APPEARANCE, SYNC_STATE, toolIcon } from './panel-format';
import { ReplyForm } from './reply-form';
import { ui as h } from './ui';
import { UnlinkConfirm } from './unlink-confirm';

/** What the panel does for a ticket; each resolves when the server accepted it (the panel then reloads). */
export interface TicketActions {
  reply: (text: string, visibility: ReplyVisibility) => Promise<void>;
  retry: () => Promise<void>;
  unlink: () => Promise<void>;
}

interface LinkedTicketProps {
  ticket: PanelTicket;
  issueKey: string;
  actions: TicketActions;
}

/**
 * One linked ticket: the help desk's icon and name, the ticket id linking to it, its status,
 * requester and last update, the fields the admin chose, and the sync state (with the reason
 * and a Retry when it is stuck). The actions show only to someone who may use them; others read
 * why not, so nobody clicks a button the server will refuse.
 */
export function LinkedTicket({ ticket, issueKey, actions }: LinkedTicketProps) {
  const [writing, setWriting] = useState<ReplyVisibility>();
  const [unlinking, setUnlinking] = useState(false);
  const [retrying, setRetrying] = useState(false);
  const id = ticket.ticketId;
  const sync = SYNC_STATE[ticket.sync.state];
  const retry = async () => {
    setRetrying(true);
    await actions.retry().finally(() => setRetrying(false));
  };
  const send = async (text: string, visibility: ReplyVisibility) => {
    await actions.reply(text, visibility);
    setWriting(undefined);
  };
  const updated = ticket.freshness === 'live' ? `Updated ${formatTime(ticket.updatedAt)}` : `Last synced ${formatTime(ticket.sync.lastSyncedAt)}`;
  return h(
    Stack,
    { space: 'space.100', testId: `ticket-${id}` },
    h(
      Inline,
      { space: 'space.100', alignBlock: 'center', shouldWrap: true },
      h(Image, { src: toolIcon(ticket.tool, ticket.toolName), alt: ticket.toolName, width: 16, height: 16 }),
      h(Text, { weight: 'bold' }, ticket.toolName),
      h(Text, null, h(Link, { href: ticket.ticketUrl, openNewTab: true }, `#${id}`)),
      h(Lozenge, { appearance: ticket.status.bucket ? STATUS_APPEARANCE[ticket.status.bucket] : 'default', testId: `ticket-status-${id}` }, ticket.status.name),
      h(Lozenge, { appearance: sync.appearance, testId: `ticket-sync-${id}` }, sync.label),
    ),
    ticket.subject ? h(Text, { testId: `ticket-subject-${id}` }, ticket.subject) : null,
    h(Text, { size: 'small', color: 'color.text.subtle', testId: `ticket-meta-${id}` }, [ticket.requester ? `Requester: ${ticket.requester}` : undefined, updated, ticket.integrationName].filter(Boolean).join(' · ')),
    ...ticket.fields.map((field) => h(Text, { size: 'small', testId: `ticket-field-${id}` }, `${field.label}: ${field.value}`)),
    ticket.freshness === 'last-known' ? h(Text, { size: 'small', color: 'color.text.warning', testId: `ticket-unavailable-${id}` }, `Last known data: ${ticket.unavailable ?? ''}`) : null,
    ticket.sync.state === 'stuck'
      ? h(
          SectionMessage,
          { appearance: 'warning', title: 'This link is stuck', testId: `ticket-stuck-${id}` },
          h(Text, null, ticket.sync.reason ?? 'Deskbridge stopped syncing this ticket.'),
          ticket.canAct
            ? h(Button, { onClick: retry, isDisabled: retrying, testId: `ticket-retry-${id}` }, 'Retry')
            : null,
        )
      : null,
    ticket.canAct
      ? writing
        ? h(ReplyForm, { ticketId: id, toolName: ticket.toolName, initial: writing, send, onCancel: () => setWriting(undefined) })
        : h(
            Inline,
            { space: 'space.100' },
            h(Button, { onClick: () => setWriting('public'), iconBefore: 'comment', testId: `ticket-reply-${id}` }, 'Reply'),
            h(Button, { onClick: () => setWriting('private'), appearance: 'subtle', testId: `ticket-note-${id}` }, 'Add note'),
            h(Button, { onClick: () => setUnlinking(true), appearance: 'subtle', testId: `ticket-unlink-${id}` }, 'Unlink'),
          )
      : h(Text, { size: 'small', color: 'color.text.subtlest', testId: `ticket-refusal-${id}` }, ticket.refusal ?? 'You may not act on this ticket.'),
    unlinking ? h(UnlinkConfirm, { ticket, issueKey, unlink: actions.unlink, onClose: () => setUnlinking(false) }) : null,
  );
}
