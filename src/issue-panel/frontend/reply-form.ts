import { Button, Inline, Label, RadioGroup, SectionMessage, Stack, TextArea } from '@forge/react';
import { useState } from 'react';
import type { ReplyVisibility } from '../panel-view';
import { messageOf } from './panel-client';
import { ui as h } from './ui';

const VISIBILITY_OPTIONS = [
  { name: 'visibility', value: 'public', label: 'Reply to the customer (public)' },
  { name: 'visibility', value: 'private', label: 'Private note (agents only)' },
];

interface ReplyFormProps {
  ticketId: string;
  toolName: string;
  initial: ReplyVisibility;
  send: (text: string, visibility: ReplyVisibility) => Promise<void>;
  onCancel: () => void;
}

/**
 * Writes to the linked ticket: a public reply the customer receives, or a private note for
 * agents. The choice is explicit every time, defaulting to what the person clicked, because a
 * note sent as a reply cannot be taken back.
 */
export function ReplyForm({ ticketId, toolName, initial, send, onCancel }: ReplyFormProps) {
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<ReplyVisibility>(initial);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const fieldId = `reply-${ticketId}`;
  const submit = async () => {
    if (!text.trim()) return setError('Write the reply or note first.');
    setSending(true);
    setError(undefined);
    try {
      await send(text, visibility);
    } catch (caught) {
      setError(messageOf(caught));
      setSending(false);
    }
  };
  return h(
    Stack,
    { space: 'space.100', testId: `reply-form-${ticketId}` },
    h(RadioGroup, {
      name: 'visibility',
      options: VISIBILITY_OPTIONS,
      value: visibility,
      testId: `reply-visibility-${ticketId}`,
      onChange: (event: { target: { value?: string } }) => setVisibility(event.target.value === 'private' ? 'private' : 'public'),
    }),
    h(Label, { labelFor: fieldId }, visibility === 'public' ? `Reply on ${toolName} ticket ${ticketId}` : `Note on ${toolName} ticket ${ticketId}`),
    h(TextArea, {
      id: fieldId,
      name: 'text',
      value: text,
      testId: `reply-text-${ticketId}`,
      placeholder: visibility === 'public' ? 'The customer reads this.' : 'Only agents read this.',
      onChange: (event: { target: { value?: string } }) => setText(String(event.target.value ?? '')),
    }),
    error ? h(SectionMessage, { appearance: 'error', testId: `reply-error-${ticketId}` }, error) : null,
    h(
      Inline,
      { space: 'space.100' },
      h(Button, { appearance: 'primary', isDisabled: sending, onClick: submit, testId: `reply-send-${ticketId}` }, visibility === 'public' ? 'Send reply' : 'Add note'),
      h(Button, { appearance: 'subtle', isDisabled: sending, onClick: onCancel, testId: `reply-cancel-${ticketId}` }, 'Cancel'),
    ),
  );
}
