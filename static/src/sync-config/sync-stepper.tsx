import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Inline } from '@atlaskit/primitives';
import { SYNC_STEP_LABELS, SYNC_STEPS, type SyncStep } from '../../../src/sync/config/editor-views';
import { problemCount, type StepProblems } from './step-problems';

/** The editor's steps: the five that hold settings, then the review. */
export type EditorStep = SyncStep | 'review';
export const EDITOR_STEPS: EditorStep[] = [...SYNC_STEPS, 'review'];
export const STEP_TITLES: Record<EditorStep, string> = { ...SYNC_STEP_LABELS, review: 'Review' };

interface SyncStepperProps {
  current: EditorStep;
  problems: StepProblems;
  onPick: (step: EditorStep) => void;
}

/** Numbered steps, any of which can be opened; a step with problems from the last save says how many. */
export function SyncStepper({ current, problems, onPick }: SyncStepperProps) {
  return (
    <nav aria-label="Sync settings steps" data-testid="sync-stepper">
      <Inline space="space.050" shouldWrap rowSpace="space.050" alignBlock="center">
        {EDITOR_STEPS.map((step, index) => {
          const count = step === 'review' ? 0 : problemCount(problems, step);
          return (
            <Inline key={step} space="space.050" alignBlock="center">
              <Button
                appearance={step === current ? 'primary' : 'subtle'}
                spacing="compact"
                isSelected={step === current}
                aria-current={step === current ? 'step' : undefined}
                onClick={() => onPick(step)}
                testId={`sync-stepper-${step}`}
              >
                {`${index + 1} ${STEP_TITLES[step]}`}
              </Button>
              {count > 0 && (
                <span data-testid={`sync-stepper-problems-${step}`}>
                  <Lozenge appearance="removed">{String(count)}</Lozenge>
                </span>
              )}
            </Inline>
          );
        })}
      </Inline>
    </nav>
  );
}
