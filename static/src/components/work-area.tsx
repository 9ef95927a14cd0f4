import { useEffect, useRef, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';

/**
 * The framed area under a table where the action picked on a row happens, one at a time,
 * titled with what it acts on and scrolled into view whenever the action or the row changes.
 */

const areaStyles = xcss({
  borderColor: 'color.border',
  borderStyle: 'solid',
  borderWidth: 'border.width',
  borderRadius: 'radius.medium',
  backgroundColor: 'elevation.surface.sunken',
});

interface WorkAreaProps {
  title: string;
  /** What the area shows (action + row); a change scrolls it into view again. */
  scrollKey: string;
  testId: string;
  /** data-* attributes describing the action and the row (for tests and styling). */
  data: Record<string, string>;
  /** A Close button in the title row, for areas that have no Cancel of their own. */
  close?: { onClick: () => void; testId: string };
  children: ReactNode;
}

export function WorkArea({ title, scrollKey, testId, data, close, children }: WorkAreaProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [scrollKey]);
  const dataAttributes = Object.fromEntries(Object.entries(data).map(([name, value]) => [`data-${name}`, value]));

  return (
    <div ref={ref} data-testid={testId} {...dataAttributes}>
      <Box xcss={areaStyles} padding="space.200">
        <Stack space="space.150">
          <Inline spread="space-between" alignBlock="center">
            <Heading size="small" as="h3">
              {title}
            </Heading>
            {close && (
              <Button appearance="subtle" spacing="compact" onClick={close.onClick} testId={close.testId}>
                Close
              </Button>
            )}
          </Inline>
          {children}
        </Stack>
      </Box>
    </div>
  );
}
