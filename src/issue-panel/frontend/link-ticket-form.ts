import { Button, Inline, Label, RadioGroup, SectionMessage, Stack, Text, Textfield } from '@forge/react';
import { useState } from 'react';
import type { PanelLinkAnswer, PanelTarget } from '../panel-view';
import { messageOf, PanelError } from './panel-client';
import { ui as h } from './ui';

interface LinkTicketFormProps {
  targets: PanelTarget[];
  link: (integrationId: string, ticket: string, moveFromOtherIssue: boolean) => Promise<PanelLinkAnswer>;
  create: (integrationId: string) => Promise<void>;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * Links an existing ticket (its id, or its URL pasted from the help desk) or creates a new one
 * from the issue, in one of the project's integrations the caller may edit that has no ticket
 * on this issue yet. When the ticket is
 * linked to another issue the server answers with a question instead of moving it, and the form
 * asks the person; only a second, confirmed call moves the link.
 */
export function LinkTicketForm({ targets, link, create, onDone, onCancel }: LinkTicketFormProps) {
  const [integrationId, setIntegrationId] = useState(targets[0]?.integrationId ?? '');
  const [ticket, setTicket] = useState('');
  const [question, setQuestion] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const target = targets.find((candidate) => candidate.integrationId === integrationId) ?? targets[0];
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  };
  const submitLink = (confirmed: boolean) =>
    run(async () => {
      if (!ticket.trim()) throw new PanelError('Enter the ticket id or paste its URL.', 'invalid');
      const answer = await link(target.integrationId, ticket, confirmed);
      if (answer.status === 'confirm') return setQuestion(answer.message);
      setQuestion(undefined);
      onDone(`Linked ${target.toolName} ticket ${answer.ticketId}.`);
    });
  const submitCreate = () =>
    run(async () => {
      await create(target.integrationId);
      onDone(`Created a ${target.toolName} ticket from this issue.`);
    });
  if (!target) return h(Text, { testId: 'link-form-none' }, 'No integration of this project lets you link tickets.');
  return h(
    Stack,
    { space: 'space.100', testId: 'link-form' },
    targets.length > 1
      ? h(RadioGroup, {
          name: 'integration',
          value: target.integrationId,
          testId: 'link-form-integration',
          options: targets.map((candidate) => ({ name: 'integration', value: candidate.integrationId, label: `${candidate.integrationName} (${candidate.toolName})` })),
          onChange: (event: { target: { value?: string } }) => setIntegrationId(String(event.target.value ?? '')),
        })
      : h(Text, null, `${target.integrationName} (${target.toolName})`),
    h(Label, { labelFor: 'link-ticket' }, `${target.toolName} ticket id or URL`),
    h(Textfield, {
      id: 'link-ticket',
      name: 'ticket',
      value: ticket,
      placeholder: 'e.g. 42, or https://…/tickets/42',
      testId: 'link-form-ticket',
      onChange: (event: { target: { value?: string } }) => setTicket(String(event.target.value ?? '')),
    }),
    question
      ? h(
          SectionMessage,
          { appearance: 'warning', testId: 'link-form-question' },
          h(Text, null, question),
          h(Button, { appearance: 'warning', onClick: () => submitLink(true), isDisabled: busy, testId: 'link-form-move' }, 'Link it here'),
        )
      : null,
    error ? h(SectionMessage, { appearance: 'error', testId: 'link-form-error' }, h(Text, null, error)) : null,
    h(
      Inline,
      { space: 'space.100', shouldWrap: true },
      h(Button, { appearance: 'primary', onClick: () => submitLink(false), isDisabled: busy, testId: 'link-form-link' }, 'Link ticket'),
      h(Button, { onClick: submitCreate, isDisabled: busy, testId: 'link-form-create' }, `Create a ${target.toolName} ticket`),
      h(Button, { appearance: 'subtle', onClick: onCancel, isDisabled: busy, testId: 'link-form-cancel' }, 'Cancel'),
    ),
  );
}
