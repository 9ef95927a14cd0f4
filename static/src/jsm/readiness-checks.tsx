import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { ReadinessCheck } from '../../../src/shared/jsm';
import { groupChecks, OUTCOME_MARKS } from './jsm-format';

/** The readiness checks by area: ✓ passes, ✗ fails (with the fix), ? could not be checked yet (with why). */

const markStyles = xcss({ width: '1.5rem', flexShrink: 0, fontWeight: 'font.weight.bold', textAlign: 'center' });
const COLOURS = { pass: 'color.text.success', fail: 'color.text.danger', unknown: 'color.text.warning' } as const;

export function ReadinessChecks({ checks }: { checks: ReadinessCheck[] }) {
  return (
    <Stack space="space.200" testId="readiness-checks">
      {groupChecks(checks).map((group) => (
        <Stack space="space.100" key={group.area} testId={`readiness-area-${group.area}`}>
          <Heading size="xsmall" as="h4">
            {group.label}
          </Heading>
          {group.checks.map((check) => (
            <CheckItem check={check} key={check.id} />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

function CheckItem({ check }: { check: ReadinessCheck }) {
  const { mark, label } = OUTCOME_MARKS[check.outcome];
  return (
    <div data-testid={`readiness-check-${check.id}`} data-outcome={check.outcome}>
      <Inline space="space.100" alignBlock="start">
        <Box xcss={markStyles}>
          <Text color={COLOURS[check.outcome]} as="span">
            <span aria-label={label} role="img">
              {mark}
            </span>
          </Text>
        </Box>
        <Stack space="space.050">
          <Text weight="medium">{check.title}</Text>
          <Text color="color.text.subtle" testId={`readiness-detail-${check.id}`}>
            {check.detail}
          </Text>
          {check.fix && (
            <Text testId={`readiness-fix-${check.id}`}>
              <strong>Fix: </strong>
              {check.fix}
            </Text>
          )}
        </Stack>
      </Inline>
    </div>
  );
}
