/**
 * UI Kit's form fields on the local site. Jira hands a UI Kit handler a serialisable event
 * (`{ target: { value } }`), never the DOM event; these do the same. A field keeps what is typed
 * while it has focus and follows the app's value otherwise, since each keystroke makes a round
 * trip through the app before its new value comes back in the next tree.
 */
import { Label } from '@atlaskit/form';
import { Stack } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { useEffect, useRef, useState } from 'react';
import { el as h } from './el';
import type { NodeRenderer } from './forge-node-view';

const serialisable = (value: string) => ({ target: { value }, type: 'change', bubbles: true, cancelable: false, defaultPrevented: false, eventPhase: 2, isTrusted: true, timeStamp: Date.now() });

function useFollowedValue(value: unknown) {
  const [text, setText] = useState(String(value ?? ''));
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setText(String(value ?? ''));
  }, [value]);
  return { text, setText, focused };
}

function TextInput({ props, multiline }: { props: Record<string, any>; multiline: boolean }) {
  const { text, setText, focused } = useFollowedValue(props.value);
  const common = {
    id: props.id,
    name: props.name,
    value: text,
    placeholder: props.placeholder,
    disabled: props.isDisabled,
    onFocus: () => (focused.current = true),
    onBlur: () => (focused.current = false),
    onChange: (event: { target: { value: string } }) => {
      setText(event.target.value);
      props.onChange?.(serialisable(event.target.value));
    },
  };
  if (multiline) return h('textarea', { ...common, rows: 3, 'data-testid': props.testId, style: { width: '100%', boxSizing: 'border-box', font: 'inherit', padding: 6 } });
  return h(Textfield, { ...common, isDisabled: props.isDisabled, testId: props.testId });
}

function RadioGroup({ props }: { props: Record<string, any> }) {
  const options: { name?: string; value: string; label: string }[] = props.options ?? [];
  return h(
    Stack,
    { space: 'space.050', testId: props.testId },
    ...options.map((option) =>
      h(
        'label',
        { key: option.value, style: { display: 'flex', gap: 6, alignItems: 'center' } },
        h('input', {
          type: 'radio',
          name: props.name ?? option.name,
          value: option.value,
          checked: props.value === option.value,
          disabled: props.isDisabled,
          'data-testid': props.testId ? `${props.testId}--${option.value}` : undefined,
          onChange: () => props.onChange?.(serialisable(option.value)),
        }),
        option.label,
      ),
    ),
  );
}

export const FORM_COMPONENTS: Record<string, NodeRenderer> = {
  Textfield: (props) => h(TextInput, { props, multiline: false }),
  TextArea: (props) => h(TextInput, { props, multiline: true }),
  RadioGroup: (props) => h(RadioGroup, { props }),
  Label: (props, children) => h(Label, { htmlFor: props.labelFor, testId: props.testId }, ...children),
};
