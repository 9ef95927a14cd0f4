import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Form, { Field, FormFooter } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Inline, Stack } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { SyncLinkView } from '../../../src/shared/sync-links';
import { FieldMessage, FormErrorMessage, SuccessMessage } from '../components/form-messages';
import type { Action } from '../hooks/use-action';
import { linkFormErrors, ticketLabel } from './sync-link-format';

/**
 * Links an existing ticket to an existing issue by hand. The server checks that both exist and
 * that neither is linked in this integration yet; its refusal goes under the field it is about.
 */

interface Values {
  ticketId: string;
  issueKey: string;
}

interface LinkTicketFormProps {
  toolLabel: string;
  create: Action<[Values], SyncLinkView>;
  /** Another change is running in the view. */
  busy: boolean;
}

export function LinkTicketForm({ toolLabel, create, busy }: LinkTicketFormProps) {
  const [typed, setTyped] = useState<Values>({ ticketId: '', issueKey: '' });
  const [linked, setLinked] = useState<SyncLinkView | null>(null);
  // A new key after each success gives an empty form (final-form can't reset while submitting).
  const [formKey, setFormKey] = useState(0);
  const errors = create.error ? linkFormErrors(create.error, typed) : { fields: {} as Partial<Record<keyof Values, string>> };

  const submit = async (values: Values) => {
    setLinked(null);
    setTyped(values);
    const link = await create.run(values);
    if (link) {
      setLinked(link);
      setFormKey((key) => key + 1);
    }
  };

  return (
    <Stack space="space.100" testId="sync-link-form">
      <Heading size="small" as="h4">
        Link a ticket
      </Heading>
      {linked && (
        <SuccessMessage testId="sync-link-success">{`${toolLabel} ticket ${ticketLabel(linked.ticketId)} is linked to ${linked.issueKey}. It is in the table above.`}</SuccessMessage>
      )}
      <Form<Values> key={formKey} onSubmit={submit} isDisabled={create.pending} label="Link a ticket">
        <Inline space="space.200" shouldWrap alignBlock="start">
          <Field<string> name="ticketId" label={`${toolLabel} ticket id`} defaultValue="" isRequired>
            {({ fieldProps }) => (
              <div style={{ width: 220 }}>
                <Textfield {...fieldProps} isInvalid={errors.fields.ticketId !== undefined} testId="sync-link-ticket-id" placeholder="e.g. 1042" />
                <FieldMessage field="ticketId" error={errors.fields.ticketId} helper={`The ticket's number in ${toolLabel}.`} />
              </div>
            )}
          </Field>
          <Field<string> name="issueKey" label="Jira issue key" defaultValue="" isRequired>
            {({ fieldProps }) => (
              <div style={{ width: 260 }}>
                <Textfield {...fieldProps} isInvalid={errors.fields.issueKey !== undefined} testId="sync-link-issue-key" placeholder="e.g. ENG-12" />
                <FieldMessage field="issueKey" error={errors.fields.issueKey} helper="Fields stay as they are; comments already there are copied across." />
              </div>
            )}
          </Field>
        </Inline>
        <FormErrorMessage error={errors.form} title="The ticket was not linked" />
        <FormFooter align="start">
          <Button type="submit" appearance="primary" isLoading={create.pending} isDisabled={busy && !create.pending} testId="sync-link-submit">
            Link
          </Button>
        </FormFooter>
      </Form>
    </Stack>
  );
}
