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
 * Renames one integration. The name is checked by the server only (length, blank), so the rule
 * lives in one place and its message shows here word for word.
 */

interface RenameIntegrationFormProps {
  integration: IntegrationView;
  rename: Action<[IntegrationView, string], IntegrationView>;
  onDone: () => void;
  onCancel: () => void;
}

export function RenameIntegrationForm({ integration, rename, onDone, onCancel }: RenameIntegrationFormProps) {
  const { clearError } = rename;
  useEffect(() => clearError(), [integration.id, clearError]);
  const errors = rename.error ? splitFormErrors(rename.error, ['name'] as const, 'name') : { fields: {} as { name?: string } };

  const submit = async ({ name }: { name: string }) => {
    if (await rename.run(integration, name)) onDone();
  };

  return (
    <Form<{ name: string }> onSubmit={submit} isDisabled={rename.pending} testId={`rename-form-${integration.id}`}>
      <Field name="name" label="Name" defaultValue={integration.name} isRequired>
        {({ fieldProps }) => (
          <div style={{ maxWidth: 480 }}>
            <Textfield {...fieldProps} isInvalid={errors.fields.name !== undefined} testId="rename-integration-name" />
            <FieldMessage field="name" error={errors.fields.name} helper="People see this name in Deskbridge and in its logs." />
          </div>
        )}
      </Field>
      <FormErrorMessage error={errors.form} />
      <FormFooter align="start">
        <Inline space="space.100">
          <Button type="submit" appearance="primary" isLoading={rename.pending} testId="rename-integration-submit">
            Save
          </Button>
          <Button appearance="subtle" onClick={onCancel} isDisabled={rename.pending} testId="rename-integration-cancel">
            Cancel
          </Button>
        </Inline>
      </FormFooter>
    </Form>
  );
}
