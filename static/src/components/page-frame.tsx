import type { ReactNode } from 'react';
import PageHeader from '@atlaskit/page-header';
import { Box, Stack, xcss } from '@atlaskit/primitives';

/**
 * The frame every Deskbridge page shares: Jira's page header and a content column with the
 * spacing Jira uses for app pages, so the pages sit inside Jira without looking bolted on.
 */

const frameStyles = xcss({
  maxWidth: '960px',
});

interface PageFrameProps {
  /** Stable test id of the page, e.g. `page-admin`. */
  testId: string;
  title: string;
  children: ReactNode;
}

export function PageFrame({ testId, title, children }: PageFrameProps) {
  return (
    <Box as="main" paddingInline="space.400" paddingBlockEnd="space.400" testId={testId}>
      <Box xcss={frameStyles}>
        <PageHeader>
          <span data-testid="page-title">{title}</span>
        </PageHeader>
        <Stack space="space.300">{children}</Stack>
      </Box>
    </Box>
  );
}

/**
 * For a message shown before any page could be picked (no bridge, no context, a crash): the same
 * outer spacing as a page, without a header that would have to guess the page's title.
 */
export function BareFrame({ children }: { children: ReactNode }) {
  return (
    <Box as="main" padding="space.400" testId="page-bare">
      <Box xcss={frameStyles}>{children}</Box>
    </Box>
  );
}
