import { useEffect } from 'react';
import Button from '@atlaskit/button/new';
import Form, { Field, FormFooter } from '@atlaskit/form';
import { Inline } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { ConnectionView } from '../../../src/shared/connections';
import { splitFormErrors } from '../api/field-errors';
import { FieldMessage, FormErrorMessage } from '../components/form-messages';
import type { Action } from '../hooks/use-action';

/** Renames a connection; the server's rules (blank, length) come back as its own words. */

interface RenameConnectionFormProps {
  connection: ConnectionView;
  rename: Action<[ConnectionView, string], ConnectionView>;
  onDone: () => void;
  onCancel: () => void;
}

export function RenameConnectionForm({ connection, rename, onDone, onCancel }: RenameConnectionFormProps) {
  const { clearError } = rename;
  useEffect(() => clearError(), [connection.id, clearError]);
  const errors = rename.error ? splitFormErrors(rename.error, ['name'] as const, 'name') : { fields: {} as { name?: string } };

  const submit = async ({ name }: { name: string }) => {
    if (await rename.run(connection, name)) onDone();
  };

  return (
    <Form<{ name: string }> onSubmit={submit} isDisabled={rename.pending} testId={`rename-connection-form-${connection.id}`}>
      <Field name="name" label="Name" defaultValue={connection.name} isRequired>
        {({ fieldProps }) => (
          <div style={{ maxWidth: 480 }}>
            <Textfield {...fieldProps} isInvalid={errors.fields.name !== undefined} testId="rename-connection-name" />
            <FieldMessage field="name" error={errors.fields.name} helper="Admins pick connections by this name when they set up integrations." />
          </div>
        )}
      </Field>
      <FormErrorMessage error={errors.form} />
      <FormFooter align="start">
        <Inline space="space.100">
          <Button type="submit" appearance="primary" isLoading={rename.pending} testId="rename-connection-submit">
            Save
          </Button>
          <Button appearance="subtle" onClick={onCancel} isDisabled={rename.pending} testId="rename-connection-cancel">
            Cancel
          </Button>
        </Inline>
      </FormFooter>
    </Form>
  );
}
