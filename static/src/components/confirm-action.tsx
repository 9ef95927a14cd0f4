import { useEffect, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { Action } from '../hooks/use-action';
import { FormErrorMessage } from './form-messages';

/**
 * Asks before a change that cannot be undone, says what it does (`consequences`), runs it on
 * confirm and shows the server's refusal in place. The error of a previous subject is cleared
 * when the subject changes.
 */
export interface ConfirmActionProps<T> {
  subject: T;
  /** Identifies the subject (clears a stale error when it changes). */
  subjectKey: string;
  action: Action<[T], unknown>;
  title: string;
  consequences: ReactNode;
  errorTitle?: string;
  confirmLabel: string;
  confirmAppearance: 'danger' | 'warning';
  testIds: { box: string; consequences: string; confirm: string; cancel: string };
  space?: 'space.150' | 'space.200';
  onDone: () => void;
  onCancel: () => void;
}

export function ConfirmAction<T>(props: ConfirmActionProps<T>) {
  const { action, subject, subjectKey, testIds, onDone, onCancel } = props;
  const { clearError } = action;
  useEffect(() => clearError(), [subjectKey, clearError]);

  const confirm = async () => {
    if (await action.run(subject)) onDone();
  };

  return (
    <Stack space={props.space ?? 'space.200'} testId={testIds.box}>
      <SectionMessage appearance="warning" title={props.title}>
        <p data-testid={testIds.consequences}>{props.consequences}</p>
      </SectionMessage>
      <FormErrorMessage error={action.error} title={props.errorTitle} />
      <Inline space="space.100">
        <Button appearance={props.confirmAppearance} onClick={confirm} isLoading={action.pending} testId={testIds.confirm}>
          {props.confirmLabel}
        </Button>
        <Button appearance="subtle" onClick={onCancel} isDisabled={action.pending} testId={testIds.cancel}>
          Cancel
        </Button>
      </Inline>
    </Stack>
  );
}
