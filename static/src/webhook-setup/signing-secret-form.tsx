import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Form, { Field, FormFooter } from '@atlaskit/form';
import { Stack } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { WebhookSetupView } from '../../../src/shared/sync-links';
import { splitFormErrors } from '../api/field-errors';
import { FieldMessage, FormErrorMessage, SuccessMessage } from '../components/form-messages';
import type { Action } from '../hooks/use-action';

/**
 * Where the help desk signs its notifications with a secret only the admin has (Intercom's app
 * client secret, or a Zendesk webhook made by hand), the admin pastes it here. It goes to secret
 * storage and never comes back: the field is a password field and is emptied after saving.
 */

interface SigningSecretFormProps {
  label: string;
  helper: string;
  hasSecret: boolean;
  save: Action<[string], WebhookSetupView>;
  busy: boolean;
}

export function SigningSecretForm({ label, helper, hasSecret, save, busy }: SigningSecretFormProps) {
  const [saved, setSaved] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const errors = save.error ? splitFormErrors(save.error, ['secret'] as const, 'secret') : { fields: {} as { secret?: string } };

  const submit = async ({ secret }: { secret: string }) => {
    setSaved(false);
    if (await save.run(secret)) {
      setSaved(true);
      setFormKey((key) => key + 1);
    }
  };

  return (
    <Stack space="space.100" testId="webhook-signing-secret">
      {saved && <SuccessMessage testId="webhook-signing-secret-saved">Saved. Deskbridge checks every notification against it.</SuccessMessage>}
      <Form<{ secret: string }> key={formKey} onSubmit={submit} isDisabled={save.pending} label={label}>
        <Field<string> name="secret" label={hasSecret ? `${label} (set; paste a new one to replace it)` : label} defaultValue="" isRequired>
          {({ fieldProps }) => (
            <div style={{ width: 420 }}>
              <Textfield {...fieldProps} type="password" autoComplete="off" isInvalid={errors.fields.secret !== undefined} testId="webhook-signing-secret-input" />
              <FieldMessage field="secret" error={errors.fields.secret} helper={helper} />
            </div>
          )}
        </Field>
        <FormErrorMessage error={errors.form} title="The secret was not saved" />
        <FormFooter align="start">
          <Button type="submit" appearance="primary" isLoading={save.pending} isDisabled={busy && !save.pending} testId="webhook-signing-secret-save">
            Save secret
          </Button>
        </FormFooter>
      </Form>
    </Stack>
  );
}
