import { useEffect } from 'react';
import Button from '@atlaskit/button/new';
import Form, { Field, FormFooter } from '@atlaskit/form';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import Textfield from '@atlaskit/textfield';
import type { ConnectionView, ConnectorSpecView, CreateConnectionPayload } from '../../../src/shared/connections';
import { FieldMessage, FormErrorMessage } from '../components/form-messages';
import type { Action } from '../hooks/use-action';
import { connectFormErrors, refusalTitle, toCreatePayload, type ConnectFormValues } from './connect-form-model';
import { ConnectorField, DocsLink } from './connector-field';

/**
 * The form of one connector, built entirely from its spec, plus a name. Connect sends it to the
 * server, which checks the credentials with the help desk before saving anything. After a
 * failure the fields keep what was typed (a typo is fixed, not retyped); the server's message
 * goes under the field it names, or above the button.
 */

interface ConnectFormProps {
  spec: ConnectorSpecView;
  create: Action<[CreateConnectionPayload], ConnectionView>;
  /** Another change is running in the panel. */
  busy: boolean;
  onConnected: (connection: ConnectionView) => void;
}

export function ConnectForm({ spec, create, busy, onConnected }: ConnectFormProps) {
  const { clearError } = create;
  // An error belongs to the form that caused it, not to the next tool's.
  useEffect(() => clearError(), [spec.tool, clearError]);
  const errors = connectFormErrors(spec, create.error);

  const submit = async (values: ConnectFormValues) => {
    const connection = await create.run(toCreatePayload(spec, values));
    if (connection) onConnected(connection);
  };

  return (
    <Form<ConnectFormValues> onSubmit={submit} isDisabled={create.pending} label={`Connect ${spec.displayName}`}>
      <Stack space="space.100" testId={`connect-form-${spec.tool}`}>
        <DocsLink spec={spec} />
        {spec.fields.map((field) => (
          <ConnectorField key={field.key} field={field} error={errors.fields[field.key]} />
        ))}
        <Field<string> name="name" label="Connection name" defaultValue="">
          {({ fieldProps }) => (
            <div style={{ maxWidth: 480 }}>
              <Textfield {...fieldProps} testId="connection-name" placeholder={`e.g. ${spec.displayName} support`} isInvalid={errors.fields.name !== undefined} />
              <FieldMessage field="name" error={errors.fields.name} helper={`Optional. Without one, Deskbridge names it after the ${spec.displayName} account it connects to.`} />
            </div>
          )}
        </Field>
      </Stack>
      <FormErrorMessage error={errors.form} title={refusalTitle(create.error, 'connect', spec.displayName)} />
      <FormFooter align="start">
        <Inline space="space.150" alignBlock="center">
          <Button type="submit" appearance="primary" isDisabled={create.pending || busy} testId="connect-submit">
            {create.pending ? `Connecting to ${spec.displayName}…` : 'Connect'}
          </Button>
          {create.pending ? (
            <Inline space="space.100" alignBlock="center" testId="connect-progress">
              <Spinner size="small" label={`Connecting to ${spec.displayName}`} />
              <Text color="color.text.subtle">Checking the credentials with {spec.displayName}; nothing is saved unless they work.</Text>
            </Inline>
          ) : null}
        </Inline>
      </FormFooter>
    </Form>
  );
}
