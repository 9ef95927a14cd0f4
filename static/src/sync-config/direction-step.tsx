import { Stack } from '@atlaskit/primitives';
import { TOOL_LABELS } from '../access/page-access';
import { DirectionChoice } from './setting-controls';
import type { StepProps } from './step-props';

/** Step 1: which way changes flow for the whole integration; no setting syncs wider than this. */
export function DirectionStep({ config, change, tool, readOnly }: StepProps) {
  return (
    <Stack space="space.150" testId="sync-step-direction">
      <p>
        Pick which way changes flow between {TOOL_LABELS[tool]} and Jira. Each field, the statuses and the comments can be narrowed
        further in the next steps, never widened.
      </p>
      <DirectionChoice
        label="Sync direction"
        value={config.direction}
        tool={tool}
        onChange={(direction) => change((current) => ({ ...current, direction }))}
        testId="sync-direction"
        readOnly={readOnly}
      />
    </Stack>
  );
}
