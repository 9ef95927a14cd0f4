import { Button, Inline, SectionMessage, Stack, Text } from '@forge/react';
import { useState } from 'react';
import type { IssuePanelView, PanelTicket } from '../panel-view';
import { panelClient, type TicketKey } from './panel-client';
import { LinkedTicket } from './linked-ticket';
import { LinkTicketForm } from './link-ticket-form';
import { ui as h } from './ui';

interface PanelBodyProps {
  view: IssuePanelView;
  /** Loads the panel again after a change, with a message saying what happened. */
  reload: (message?: string) => void;
  message?: string;
}

/** The help desks that did not answer, named once at the top: the tickets below show what Deskbridge last knew. */
function degradedNotice(tickets: PanelTicket[]): string | undefined {
  const down = [...new Set(tickets.filter((ticket) => ticket.freshness === 'last-known').map((ticket) => ticket.toolName))];
  if (down.length === 0) return undefined;
  return `${down.join(' and ')} can't be reached right now. The ticket${tickets.length > 1 ? 's show' : ' shows'} what Deskbridge last synced; requester and fields come back when it answers.`;
}

/**
 * The loaded panel: a notice when a help desk is down, the linked tickets (or a line saying
 * there are none), and linking or creating a ticket for those allowed to. Every change reloads
 * the panel from the server, so what it shows is always what the server has.
 */
export function PanelBody({ view, reload, message }: PanelBodyProps) {
  const [linking, setLinking] = useState(false);
  const issue = view.issue.id;
  const keyOf = (ticket: PanelTicket): TicketKey => ({ integrationId: ticket.integrationId, ticketId: ticket.ticketId, issue });
  const degraded = degradedNotice(view.tickets);
  // One ticket per integration: those already linked here offer nothing more to link.
  const open = view.targets.filter((target) => !target.linked);
  return h(
    Stack,
    { space: 'space.200', testId: 'issue-panel' },
    message ? h(SectionMessage, { appearance: 'success', testId: 'panel-message' }, h(Text, null, message)) : null,
    degraded ? h(SectionMessage, { appearance: 'warning', title: 'Help desk unavailable', testId: 'panel-degraded' }, h(Text, null, degraded)) : null,
    view.tickets.length === 0 ? h(Text, { testId: 'panel-empty' }, 'No help-desk ticket is linked to this issue.') : null,
    ...view.tickets.map((ticket) =>
      h(LinkedTicket, {
        key: `${ticket.integrationId}:${ticket.ticketId}`,
        ticket,
        issueKey: view.issue.key,
        actions: {
          reply: async (text, visibility) => {
            await panelClient.reply(keyOf(ticket), text, visibility);
            reload(visibility === 'public' ? `Reply sent to ${ticket.toolName} ticket ${ticket.ticketId}.` : `Note added to ${ticket.toolName} ticket ${ticket.ticketId}.`);
          },
          retry: async () => {
            await panelClient.retry(keyOf(ticket));
            reload(`Ticket ${ticket.ticketId} is syncing again.`);
          },
          unlink: async () => {
            await panelClient.unlink(keyOf(ticket));
            reload(`Unlinked ${ticket.toolName} ticket ${ticket.ticketId}; both keep their content.`);
          },
        },
      }),
    ),
    open.length === 0
      ? null
      : linking
        ? h(LinkTicketForm, {
            targets: open,
            link: (integrationId, ticket, move) => panelClient.link(integrationId, issue, ticket, move),
            create: async (integrationId) => void (await panelClient.createTicket(integrationId, issue)),
            onDone: (done) => {
              setLinking(false);
              reload(done);
            },
            onCancel: () => setLinking(false),
          })
        : h(Inline, { space: 'space.100' }, h(Button, { onClick: () => setLinking(true), iconBefore: 'link', testId: 'panel-link' }, 'Link or create a ticket')),
  );
}
