import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Form, { Field, FormFooter } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Inline, Stack } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import type { ConnectorTool } from '../../../src/shared/connections';
import type { IdentityLinkView, SetIdentityLinkPayload } from '../../../src/shared/identity';
import { TOOL_LABELS } from '../access/page-access';
import { splitFormErrors } from '../api/field-errors';
import { FieldMessage, FormErrorMessage, SuccessMessage } from '../components/form-messages';
import type { Action } from '../hooks/use-action';
import { LINK_TOOLS } from './identity-format';

/**
 * Maps one help-desk contact or agent to a Jira account by hand. A manual mapping wins over an
 * email match and replaces an earlier mapping of the same contact. The rules are the server's
 * (known tool, id lengths, an active Jira account): its `invalid` parts go under their fields.
 */

const FIELDS = ['tool', 'contactId', 'accountId'] as const;
type ToolOption = { value: ConnectorTool; label: string };
const TOOL_OPTIONS: ToolOption[] = LINK_TOOLS.map((tool) => ({ value: tool, label: TOOL_LABELS[tool] }));

interface Values {
  tool: ToolOption | null;
  contactId: string;
  accountId: string;
}

interface AddLinkFormProps {
  set: Action<[SetIdentityLinkPayload], IdentityLinkView>;
  /** Another change is running in the panel. */
  busy: boolean;
}

export function AddLinkForm({ set, busy }: AddLinkFormProps) {
  const [saved, setSaved] = useState<IdentityLinkView | null>(null);
  // A new key after each success gives an empty form (final-form can't reset while submitting).
  const [formKey, setFormKey] = useState(0);
  const errors = set.error ? splitFormErrors(set.error, FIELDS) : { fields: {} as Partial<Record<(typeof FIELDS)[number], string>> };

  const submit = async ({ tool, contactId, accountId }: Values) => {
    setSaved(null);
    const link = await set.run({ tool: (tool?.value ?? '') as ConnectorTool, contactId, accountId });
    if (link) {
      setSaved(link);
      setFormKey((key) => key + 1);
    }
  };

  return (
    <Stack space="space.100" testId="identity-link-form">
      <Heading size="small" as="h3">
        Add a mapping
      </Heading>
      {saved && (
        <SuccessMessage testId="identity-link-success">{`${TOOL_LABELS[saved.tool]} contact ${saved.contactId} is mapped to ${saved.accountId}. It is in the table above.`}</SuccessMessage>
      )}
      <Form<Values> key={formKey} onSubmit={submit} isDisabled={set.pending} label="Add a mapping">
        <Inline space="space.200" shouldWrap alignBlock="start">
          <Field<ToolOption | null> name="tool" label="Tool" defaultValue={null} isRequired>
            {({ fieldProps: { id, ...rest } }) => (
              <div style={{ width: 200 }} data-testid="identity-link-tool">
                <Select<ToolOption> inputId={id} {...rest} options={TOOL_OPTIONS} isInvalid={errors.fields.tool !== undefined} testId="identity-link-tool" placeholder="Pick a tool" />
                <FieldMessage field="tool" error={errors.fields.tool} />
              </div>
            )}
          </Field>
          <Field<string> name="contactId" label="Contact id" defaultValue="" isRequired>
            {({ fieldProps }) => (
              <div style={{ width: 220 }}>
                <Textfield {...fieldProps} isInvalid={errors.fields.contactId !== undefined} testId="identity-link-contact-id" placeholder="e.g. 1001" />
                <FieldMessage field="contactId" error={errors.fields.contactId} helper="The contact's or agent's id in the help desk." />
              </div>
            )}
          </Field>
          <Field<string> name="accountId" label="Jira accountId" defaultValue="" isRequired>
            {({ fieldProps }) => (
              <div style={{ width: 300 }}>
                <Textfield {...fieldProps} isInvalid={errors.fields.accountId !== undefined} testId="identity-link-account-id" placeholder="e.g. 5b10a2844c20165700ede21a" />
                <FieldMessage field="accountId" error={errors.fields.accountId} helper="From the person's Jira profile URL." />
              </div>
            )}
          </Field>
        </Inline>
        <FormErrorMessage error={errors.form} title="The mapping was not saved" />
        <FormFooter align="start">
          <Button type="submit" appearance="primary" isLoading={set.pending} isDisabled={busy && !set.pending} testId="identity-link-submit">
            Add mapping
          </Button>
        </FormFooter>
      </Form>
    </Stack>
  );
}
