import { useId, type ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import { Box, Stack, xcss } from '@atlaskit/primitives';

/**
 * A titled, bordered section of a page (e.g. "App identity"). It is a labelled region, so
 * screen readers and tests can find it by its heading as well as by its test id.
 */

const panelStyles = xcss({
  borderColor: 'color.border',
  borderStyle: 'solid',
  borderWidth: 'border.width',
  borderRadius: 'radius.medium',
  backgroundColor: 'elevation.surface',
});

interface PanelProps {
  testId: string;
  title: string;
  children: ReactNode;
}

export function Panel({ testId, title, children }: PanelProps) {
  const headingId = useId();
  return (
    <Box as="section" xcss={panelStyles} padding="space.300" testId={testId} aria-labelledby={headingId}>
      <Stack space="space.200">
        <Heading size="medium" as="h2" id={headingId}>
          {title}
        </Heading>
        {children}
      </Stack>
    </Box>
  );
}

/** A label and value pair inside a panel, laid out like Jira's issue detail fields. */
export function PanelField({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <Stack space="space.050">
      <Heading size="xxsmall" as="h3">
        {label}
      </Heading>
      <Box testId={testId}>{children}</Box>
    </Stack>
  );
}
