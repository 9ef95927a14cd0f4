import { useEffect } from 'react';
import Button from '@atlaskit/button/new';
import Form, { FormFooter } from '@atlaskit/form';
import { Inline, Stack } from '@atlaskit/primitives';
import type { ConnectionView, ConnectorSpecView, FieldSpec } from '../../../src/shared/connections';
import { splitFormErrors, type FormErrors } from '../api/field-errors';
import { FormErrorMessage } from '../components/form-messages';
import type { Action } from '../hooks/use-action';
import { inSentence, secretFieldsOf } from './connection-format';
import { refusalTitle } from './connect-form-model';
import { ConnectorField, DocsLink } from './connector-field';

/**
 * Rotate a connection's key, or reconnect a disconnected one: only the connector's secret
 * field, empty. The server verifies the new key with the help desk before it replaces the
 * stored one, so a typo here never breaks a connection that works.
 */

interface RotateSecretFormProps {
  connection: ConnectionView;
  spec: ConnectorSpecView;
  rotate: Action<[ConnectionView, string], ConnectionView>;
  onDone: () => void;
  onCancel: () => void;
}

export function RotateSecretForm({ connection, spec, rotate, onDone, onCancel }: RotateSecretFormProps) {
  const { clearError } = rotate;
  useEffect(() => clearError(), [connection.id, clearError]);
  const reconnect = connection.status === 'disconnected';
  const fields = secretFieldsOf(spec);
  const errors: FormErrors<FieldSpec['key']> = rotate.error ? splitFormErrors(rotate.error, fields.map((field) => field.key)) : { fields: {} };

  const submit = async (values: { secret?: string }) => {
    if (await rotate.run(connection, values.secret ?? '')) onDone();
  };

  return (
    <Form<{ secret?: string }> onSubmit={submit} isDisabled={rotate.pending} testId={`rotate-form-${connection.id}`}>
      <Stack space="space.100">
        <DocsLink spec={spec} />
        {fields.map((field) => (
          <ConnectorField
            key={field.key}
            field={field}
            label={reconnect ? field.label : `New ${inSentence(field.label)}`}
            helper={reconnect ? `Deskbridge saves it only after it works with ${spec.displayName}.` : 'The new key replaces the current one only after it works.'}
            error={errors.fields[field.key]}
          />
        ))}
      </Stack>
      <FormErrorMessage error={errors.form} title={refusalTitle(rotate.error, reconnect ? 'reconnect' : 'rotate', spec.displayName)} />
      <FormFooter align="start">
        <Inline space="space.100">
          <Button type="submit" appearance="primary" isLoading={rotate.pending} testId="rotate-secret-submit">
            {reconnect ? 'Reconnect' : 'Replace key'}
          </Button>
          <Button appearance="subtle" onClick={onCancel} isDisabled={rotate.pending} testId="rotate-secret-cancel">
            Cancel
          </Button>
        </Inline>
      </FormFooter>
    </Form>
  );
}
