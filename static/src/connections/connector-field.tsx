import { Field } from '@atlaskit/form';
import { Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import type { ConnectorSpecView, FieldSpec } from '../../../src/shared/connections';
import { FieldMessage } from '../components/form-messages';

/**
 * One field of a connector's form, exactly as its spec describes it: label, placeholder, help,
 * a select where the spec fixes the choices (Intercom's region), and a password input for a
 * secret. A secret field always starts empty: a stored secret never comes back to the browser.
 */

type Option = { value: string; label: string };

interface ConnectorFieldProps {
  field: FieldSpec;
  /** The server's message for this field, shown instead of the help. */
  error?: string;
  /** Replaces the label (e.g. "New API key" when rotating). */
  label?: string;
  /** Replaces the spec's help. */
  helper?: string;
}

const fieldStyle = { maxWidth: 480 };

export function ConnectorField({ field, error, label, helper }: ConnectorFieldProps) {
  const testId = `connection-field-${field.key}`;
  const help = helper ?? field.help;
  if (field.options) {
    const options: Option[] = field.options;
    return (
      <Field<Option | null> name={field.key} label={label ?? field.label} isRequired={field.required} defaultValue={null}>
        {({ fieldProps: { id, ...rest } }) => (
          <div style={fieldStyle} data-testid={testId}>
            <Select<Option>
              inputId={id}
              {...rest}
              options={options}
              isInvalid={error !== undefined}
              testId={testId}
              placeholder={`Pick the ${(label ?? field.label).toLowerCase()}`}
            />
            <FieldMessage field={field.key} error={error} helper={help} />
          </div>
        )}
      </Field>
    );
  }
  return (
    <Field<string> name={field.key} label={label ?? field.label} isRequired={field.required} defaultValue="">
      {({ fieldProps: { value, ...rest } }) => (
        <div style={fieldStyle}>
          <Textfield
            {...rest}
            // A secret input is left uncontrolled, starting empty: React would otherwise copy what
            // is typed into the input's `value` attribute, where scripts and CSS selectors read it.
            {...(field.secret ? { defaultValue: '' } : { value })}
            type={field.secret ? 'password' : 'text'}
            // Browsers must not offer a saved password here, nor remember this one.
            autoComplete={field.secret ? 'new-password' : 'off'}
            autoCapitalize="off"
            spellCheck={false}
            placeholder={field.placeholder}
            isInvalid={error !== undefined}
            testId={testId}
          />
          <FieldMessage field={field.key} error={error} helper={help} />
        </div>
      )}
    </Field>
  );
}

/**
 * Where the connector's own documentation explains its credentials. Opens outside Jira, in a
 * new tab, without handing the help desk a reference back to the app (`noopener`).
 */
export function DocsLink({ spec }: { spec: Pick<ConnectorSpecView, 'displayName' | 'docsUrl'> }) {
  return (
    <Text as="p" color="color.text.subtle">
      Each field says where to find its value in {spec.displayName}. More in the{' '}
      <a href={spec.docsUrl} target="_blank" rel="noopener noreferrer" data-testid="connection-docs-link">
        {spec.displayName} API documentation ↗
      </a>
    </Text>
  );
}
