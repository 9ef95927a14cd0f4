import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Form, { Field, FormFooter } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Inline, Stack } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { GATEWAY_OPERATIONS, type GatewayInfo, type GatewayOperation, type IssuedKey } from '../../../src/gateway/gateway-types';
import { splitFormErrors } from '../api/field-errors';
import { FieldMessage, FormErrorMessage } from '../components/form-messages';
import type { Action } from '../hooks/use-action';
import { deskLabel, expiryFromDate, OPERATION_LABELS } from './gateway-format';
import type { CreateGatewayKeyPayload } from '../../../src/gateway/gateway-types';

/**
 * Issues a key: a name (which bot), the service desks and operations it may use, an optional
 * expiry and its rate. Every rule is the server's; its `invalid` message is split onto the
 * fields it names. On success the panel shows the key once, above the table.
 */
const FIELDS = ['name', 'serviceDeskIds', 'operations', 'expiresAt', 'rateLimitPerMinute'] as const;

type Option<V extends string = string> = { value: V; label: string };

interface Values {
  name: string;
  desks: readonly Option[] | null;
  operations: readonly Option<GatewayOperation>[] | null;
  expiry: string;
  rate: string;
}

interface CreateKeyFormProps {
  info: GatewayInfo;
  create: Action<[CreateGatewayKeyPayload], IssuedKey>;
  busy: boolean;
}

export function CreateKeyForm({ info, create, busy }: CreateKeyFormProps) {
  const [formKey, setFormKey] = useState(0);
  const desks = info.serviceDesks.map((desk): Option => ({ value: desk.id, label: deskLabel(info.serviceDesks, desk.id) }));
  const operations = GATEWAY_OPERATIONS.map((operation): Option<GatewayOperation> => ({ value: operation, label: OPERATION_LABELS[operation] }));
  const errors = create.error ? splitFormErrors(create.error, FIELDS) : { fields: {} as Partial<Record<(typeof FIELDS)[number], string>> };

  const submit = async (values: Values) => {
    const expiresAt = expiryFromDate(values.expiry);
    const rate = values.rate.trim() === '' ? undefined : Number(values.rate);
    const issued = await create.run({
      name: values.name,
      serviceDeskIds: (values.desks ?? []).map((option) => option.value),
      operations: (values.operations ?? []).map((option) => option.value),
      ...(expiresAt ? { expiresAt } : {}),
      ...(rate !== undefined ? { rateLimitPerMinute: rate } : {}),
    });
    if (issued) setFormKey((key) => key + 1);
  };

  return (
    <Stack space="space.100" testId="create-gateway-key">
      <Heading size="small" as="h3">
        Issue a key
      </Heading>
      <Form<Values> key={formKey} onSubmit={submit} isDisabled={create.pending} label="Issue a gateway key">
        <Inline space="space.200" shouldWrap alignBlock="start">
          <Field<string> name="name" label="Name" defaultValue="" isRequired>
            {({ fieldProps }) => (
              <div style={{ width: 240 }}>
                <Textfield {...fieldProps} isInvalid={errors.fields.name !== undefined} testId="gateway-key-name" placeholder="e.g. Support bot" />
                <FieldMessage field="name" error={errors.fields.name} helper="Which bot uses it." />
              </div>
            )}
          </Field>
          <Field<readonly Option[] | null> name="desks" label="Service desks" defaultValue={desks.length === 1 ? desks : []} isRequired>
            {({ fieldProps: { id, ...rest } }) => (
              <div style={{ width: 260 }} data-testid="gateway-key-desks">
                <Select<Option, true> inputId={id} {...rest} isMulti options={desks} testId="gateway-key-desks" placeholder="Pick desks" />
                <FieldMessage field="serviceDeskIds" error={errors.fields.serviceDeskIds} />
              </div>
            )}
          </Field>
          <Field<readonly Option<GatewayOperation>[] | null> name="operations" label="Operations" defaultValue={operations.filter((option) => option.value === 'read')} isRequired>
            {({ fieldProps: { id, ...rest } }) => (
              <div style={{ width: 300 }} data-testid="gateway-key-operations">
                <Select<Option<GatewayOperation>, true> inputId={id} {...rest} isMulti options={operations} testId="gateway-key-operations" />
                <FieldMessage field="operations" error={errors.fields.operations} />
              </div>
            )}
          </Field>
          <Field<string> name="expiry" label="Expires on" defaultValue="">
            {({ fieldProps }) => (
              <div style={{ width: 180 }}>
                <Textfield {...fieldProps} type="date" testId="gateway-key-expiry" />
                <FieldMessage field="expiresAt" error={errors.fields.expiresAt} helper="Empty: never." />
              </div>
            )}
          </Field>
          <Field<string> name="rate" label="Calls per minute" defaultValue={String(info.defaultRateLimitPerMinute)}>
            {({ fieldProps }) => (
              <div style={{ width: 140 }}>
                <Textfield {...fieldProps} type="number" min={1} max={info.maxRateLimitPerMinute} testId="gateway-key-rate" />
                <FieldMessage field="rateLimitPerMinute" error={errors.fields.rateLimitPerMinute} helper={`At most ${info.maxRateLimitPerMinute}.`} />
              </div>
            )}
          </Field>
        </Inline>
        <FormErrorMessage error={errors.form} />
        <FormFooter align="start">
          <Button type="submit" appearance="primary" isLoading={create.pending} isDisabled={busy && !create.pending} testId="gateway-key-submit">
            Issue key
          </Button>
        </FormFooter>
      </Form>
    </Stack>
  );
}
