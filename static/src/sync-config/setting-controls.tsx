import { useId, type ReactNode } from 'react';
import { Label } from '@atlaskit/form';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { Direction } from '../../../src/shared/sync-config';
import type { Tool } from '../../../src/shared/roles';
import type { Option } from '../integrations/project-options';
import { DIRECTION_ORDER, directionLabel } from './direction-labels';

/**
 * The editor's controls: every setting is a labelled select or switch, controlled by the draft
 * config, disabled when the caller may only look. Test ids follow Atlaskit's (`<id>-select--input`).
 */

interface SettingProps {
  label: string;
  helper?: string;
  children: (inputId: string) => ReactNode;
}

export function Setting({ label, helper, children }: SettingProps) {
  const inputId = useId();
  return (
    <Stack space="space.050">
      <Label htmlFor={inputId}>{label}</Label>
      {children(inputId)}
      {helper && (
        <Text size="small" color="color.text.subtle">
          {helper}
        </Text>
      )}
    </Stack>
  );
}

interface ChoiceProps<V extends string> {
  label: string;
  helper?: string;
  value: V | undefined;
  options: Option<V>[];
  onChange: (value: V | undefined) => void;
  testId: string;
  readOnly: boolean;
  width?: number;
  clearable?: boolean;
  placeholder?: string;
}

export function Choice<V extends string>({ label, helper, value, options, onChange, testId, readOnly, width = 320, clearable, placeholder }: ChoiceProps<V>) {
  const selected = options.find((option) => option.value === value) ?? (value ? { value, label: value } : null);
  return (
    <Setting label={label} helper={helper}>
      {(inputId) => (
        <div style={{ width }} data-testid={testId} data-value={value ?? ''}>
          <Select<Option<V>>
            inputId={inputId}
            value={selected}
            options={options}
            onChange={(option) => onChange(option?.value)}
            isDisabled={readOnly}
            isClearable={clearable}
            placeholder={placeholder}
            spacing="compact"
            testId={testId}
          />
        </div>
      )}
    </Setting>
  );
}

interface MultiChoiceProps<V extends string> extends Omit<ChoiceProps<V>, 'value' | 'onChange' | 'clearable'> {
  values: V[];
  onChange: (values: V[]) => void;
}

export function MultiChoice<V extends string>({ label, helper, values, options, onChange, testId, readOnly, width = 420, placeholder }: MultiChoiceProps<V>) {
  const selected = values.map((value) => options.find((option) => option.value === value) ?? { value, label: value });
  return (
    <Setting label={label} helper={helper}>
      {(inputId) => (
        <div style={{ width }} data-testid={testId}>
          <Select<Option<V>, true>
            inputId={inputId}
            isMulti
            value={selected}
            options={options}
            onChange={(picked) => onChange(picked.map((option) => option.value))}
            isDisabled={readOnly}
            placeholder={placeholder ?? 'Any'}
            spacing="compact"
            testId={testId}
          />
        </div>
      )}
    </Setting>
  );
}

interface DirectionChoiceProps {
  label: string;
  helper?: string;
  value: Direction;
  tool: Tool;
  onChange: (value: Direction) => void;
  testId: string;
  readOnly: boolean;
}

export function DirectionChoice({ value, tool, onChange, ...rest }: DirectionChoiceProps) {
  const options = DIRECTION_ORDER.map((direction) => ({ value: direction, label: directionLabel(direction, tool) }));
  return <Choice<Direction> {...rest} value={value} options={options} onChange={(picked) => onChange(picked ?? value)} />;
}

interface SwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
  readOnly: boolean;
}

/** A yes/no setting as a checkbox with its label. */
export function Switch({ label, checked, onChange, testId, readOnly }: SwitchProps) {
  const id = useId();
  return (
    <Inline space="space.100" alignBlock="center">
      <input id={id} type="checkbox" checked={checked} disabled={readOnly} onChange={(event) => onChange(event.target.checked)} data-testid={testId} />
      <label htmlFor={id}>
        <Text weight="medium">{label}</Text>
      </label>
    </Inline>
  );
}
