import { useEffect } from 'react';
import Button from '@atlaskit/button/new';
import Form, { Field, FormFooter } from '@atlaskit/form';
import { Inline } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { IntegrationView } from '../../../src/shared/integrations';
import { splitFormErrors } from '../api/field-errors';
import { FieldMessage, FormErrorMessage } from '../components/form-messages';
import type { Action } from '../hooks/use-action';

/**
 * Hands an integration to another person (Jira admins), e.g. when its owner leaves. Deskbridge
 * keeps accountIds only, so the new owner is given by accountId; the server checks it is an
 * active Jira user.
 */

interface TransferOwnershipFormProps {
  integration: IntegrationView;
  transfer: Action<[IntegrationView, string], IntegrationView>;
  onDone: () => void;
  onCancel: () => void;
}

export function TransferOwnershipForm({ integration, transfer, onDone, onCancel }: TransferOwnershipFormProps) {
  const { clearError } = transfer;
  useEffect(() => clearError(), [integration.id, clearError]);
  const errors = transfer.error
    ? splitFormErrors(transfer.error, ['ownerAccountId'] as const, 'ownerAccountId')
    : { fields: {} as { ownerAccountId?: string } };

  const submit = async ({ ownerAccountId }: { ownerAccountId: string }) => {
    if (await transfer.run(integration, ownerAccountId.trim())) onDone();
  };

  return (
    <Form<{ ownerAccountId: string }> onSubmit={submit} isDisabled={transfer.pending} testId={`transfer-form-${integration.id}`}>
      <p>
        The new owner manages this integration from now on. Its current owner, <code>{integration.ownerAccountId}</code>, keeps
        access only through their own role.
      </p>
      <Field name="ownerAccountId" label="New owner's account ID" defaultValue="" isRequired>
        {({ fieldProps }) => (
          <div style={{ maxWidth: 480 }}>
            <Textfield
              {...fieldProps}
              isInvalid={errors.fields.ownerAccountId !== undefined}
              placeholder="e.g. 5b10ac8d82e05b22cc7d4ef5"
              testId="transfer-integration-owner"
            />
            <FieldMessage
              field="ownerAccountId"
              error={errors.fields.ownerAccountId}
              helper="The account ID is the last part of the person's Jira profile URL."
            />
          </div>
        )}
      </Field>
      <FormErrorMessage error={errors.form} />
      <FormFooter align="start">
        <Inline space="space.100">
          <Button type="submit" appearance="primary" isLoading={transfer.pending} testId="transfer-integration-submit">
            Transfer ownership
          </Button>
          <Button appearance="subtle" onClick={onCancel} isDisabled={transfer.pending} testId="transfer-integration-cancel">
            Cancel
          </Button>
        </Inline>
      </FormFooter>
    </Form>
  );
}
